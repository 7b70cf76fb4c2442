namespace Hosting.Integrations;

// Generated YAML quotes every string in single quotes: only a quote itself needs escaping (doubled).
public static class YamlText
{
    public static string Quote(string value)
    {
        if (value.Any(char.IsControl))
            throw new ArgumentException($"'{value}' contains a control character and cannot go into generated YAML.", nameof(value));
        return $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
    }
}
