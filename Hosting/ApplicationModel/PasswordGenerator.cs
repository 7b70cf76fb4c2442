using System.Security.Cryptography;

namespace Hosting.ApplicationModel;

public static class PasswordGenerator
{
    // Letters and digits only: safe in connection strings, URLs and command lines without escaping.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string Generate(int length = 24) => RandomNumberGenerator.GetString(Alphabet, length);
}
