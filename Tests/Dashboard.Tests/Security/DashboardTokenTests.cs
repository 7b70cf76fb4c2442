using Hosting.Dashboard.Security;

namespace Dashboard.Tests.Security;

public sealed class DashboardTokenTests
{
    [Fact]
    public void OnlyTheExactTokenMatches()
    {
        var token = new DashboardToken("abcdef");
        Assert.True(token.Matches("abcdef"));
        Assert.False(token.Matches("abcdeF"));
        Assert.False(token.Matches("abcde"));
        Assert.False(token.Matches("abcdefg"));
        Assert.False(token.Matches(""));
        Assert.False(token.Matches(null));
    }

    [Fact]
    public void TheCookieValueIsDerivedButIsNotTheToken()
    {
        var token = new DashboardToken("abcdef");
        Assert.NotEqual("abcdef", token.CookieValue);
        Assert.True(token.MatchesCookie(token.CookieValue));
        Assert.False(token.MatchesCookie("abcdef"));
        Assert.NotEqual(token.CookieValue, new DashboardToken("abcdeg").CookieValue);
    }

    [Fact]
    public void EachRunGetsItsOwnRandomToken() =>
        Assert.NotEqual(new DashboardToken(null).Value, new DashboardToken("").Value);
}
