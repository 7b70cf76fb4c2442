using TestSupport;

namespace Eng.Tests.Prerequisites;

// The README's two commands go through the prerequisites step with their own job, before anything else.
public sealed class ScriptEntryPointTests
{
    [Theory]
    [InlineData("run.sh", "eng/prerequisites.sh run")]
    [InlineData("test.sh", "eng/prerequisites.sh test")]
    public void EachReadmeCommandChecksItsPrerequisitesFirst(string script, string call)
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine("eng", script))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("set ") && !l.StartsWith("cd "))
            .ToList();

        Assert.StartsWith(call, lines[0]);
    }
}
