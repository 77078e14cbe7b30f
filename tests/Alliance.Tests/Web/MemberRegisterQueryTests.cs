using Alliance.Tests.Support;
using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Web;
using Alliance.Web.Features.Members;
using Alliance.Web.Hosting;
using Alliance.Web.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>The register's query string, its SQL on both providers, and country names in both languages.</summary>
public sealed partial class MemberRegisterQueryTests
{
    [Fact]
    public void Parse_ReadsEveryParameter()
    {
        var query = MemberQuery.Parse("  Save  ", "nationalngo", "LOCAL", "ke", "2017", "former", "country", "DESC", "3");

        Assert.Equal(new MemberQuery("Save", OrganisationType.NationalNgo, OrganisationScope.Local, "KE", 2017, MembershipStatus.Former, MemberSort.Country, true, 3), query);
    }

    [Theory]
    [InlineData("Charity", "Planetary", "QQQ", "1850", "Gone", "Evil", "sideways", "-2")]
    [InlineData("22", "0", "K1", "2017.5", "2", "3", "", "0")]
    [InlineData("Government,Academic", "Local, National", "É1", " ", "All", "Name", "asc", "abc")]
    public void Parse_IgnoresWhatItDoesNotKnow(string type, string scope, string country, string joined, string status, string sort, string direction, string page)
    {
        var query = MemberQuery.Parse(" ", type, scope, country, joined, status, sort, direction, page);

        Assert.Equal(MemberQuery.Default, query);
    }

    [Fact]
    public void Parse_CutsAVeryLongSearch()
    {
        var query = MemberQuery.Parse(new string('a', 5000), null, null, null, null, null, null, null, null);

        Assert.Equal(MemberQuery.SearchMaxLength, query.Search!.Length);
    }

    [Fact]
    public void ToUrl_LeavesOutDefaults_AndParsesBackToTheSameQuery()
    {
        var query = new MemberQuery("Save & co", OrganisationType.NationalNgo, null, "KE", 2017, MembershipStatus.Current, MemberSort.Joined, true, 2);

        var url = query.ToUrl("members");

        Assert.Equal("members?q=Save%20%26%20co&type=NationalNgo&country=KE&joined=2017&status=Current&sort=Joined&dir=desc&page=2", url);
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://portal" + "/" + url).Query);
        Assert.Equal(query, MemberQuery.From(new Microsoft.AspNetCore.Http.QueryCollection(parameters)));
        Assert.Equal("members", MemberQuery.Default.ToUrl("members"));
    }

    [Theory]
    [InlineData(MemberSort.Name, false, MemberSort.Name, true)]
    [InlineData(MemberSort.Name, true, MemberSort.Name, false)]
    [InlineData(MemberSort.Joined, true, MemberSort.Country, false)]
    public void SortedBy_ReversesTheCurrentSort_AndStartsAnotherAscending_OnPageOne(MemberSort current, bool descending, MemberSort clicked, bool expectDescending)
    {
        var query = MemberQuery.Default with { Sort = current, Descending = descending, Page = 3 };

        var sorted = query.SortedBy(clicked);

        Assert.Equal((clicked, expectDescending, 1), (sorted.Sort, sorted.Descending, sorted.Page));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SqlServer")]
    public void SortByCountry_IsOneFlatCase_WhichSqlServerAccepts(string provider)
    {
        // SQL Server refuses CASE expressions nested more than ten deep; the register ranks ~60 countries.
        using var app = BuildPortal(provider);
        using var db = app.ArrangeDb();
        var countries = Countries.Codes.Take(60).ToList();
        var order = new MemberOrder(Enum.GetValues<OrganisationType>(), countries);

        var sql = db.Organisations.Filter(MemberQuery.Default with { Search = "child", JoinedYear = 2017 }, new DateOnly(2020, 1, 1))
            .Sort(MemberQuery.Default with { Sort = MemberSort.Country }, order)
            .Skip(25).Take(25)
            .ToQueryString();

        Assert.Single(CaseKeyword().Matches(sql));
        Assert.Equal(60, WhenKeyword().Matches(sql).Count);
        Assert.Contains("ORDER BY", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("strftime", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_AreNamedInTheUsersLanguage()
    {
        var english = InCulture("en", () => (Countries.Name("GB"), Countries.Name("SS"), Countries.Name("PS"), Countries.Name("de")));
        var french = InCulture("fr", () => (Countries.Name("GB"), Countries.Name("SS"), Countries.Name("PS"), Countries.Name("de")));

        Assert.Equal(("United Kingdom", "South Sudan", "Palestinian Territories", "Germany"), english);
        Assert.Equal(("Royaume-Uni", "Soudan du Sud", "Territoires palestiniens", "Allemagne"), french);
        Assert.Equal("—", Countries.Name(null));
        Assert.Equal("QQ", Countries.Name("QQ"));
    }

    [Fact]
    public void CountryChoices_AreEveryCountry_InAlphabeticalOrder()
    {
        var french = InCulture("fr", Countries.All);

        Assert.InRange(french.Count, 240, 260);
        Assert.DoesNotContain(french, c => c.Code is "IV" or "CS");
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("fr"), ignoreCase: true);
        Assert.Equal(french.Select(c => c.Name).Order(comparer), french.Select(c => c.Name));
        Assert.Equal("Afrique du Sud", french.Single(c => c.Code == "ZA").Name);
    }

    private static WebApplication BuildPortal(string provider)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Database:Provider"] = provider;
        builder.Configuration[KeyProtection.PathSetting] = TestCertificates.SharedPath;
        builder.Configuration[KeyProtection.PasswordSetting] = TestCertificates.Password;
        builder.Configuration["ConnectionStrings:Alliance"] = provider == "Sqlite"
            ? "Data Source=:memory:"
            : "Server=nowhere.invalid;Database=Alliance;User Id=sa;Password=x;TrustServerCertificate=True";
        builder.AddAlliancePortal();
        return builder.Build();
    }

    private static T InCulture<T>(string language, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [GeneratedRegex(@"\bCASE\b")]
    private static partial Regex CaseKeyword();

    [GeneratedRegex(@"\bWHEN\b")]
    private static partial Regex WhenKeyword();
}
