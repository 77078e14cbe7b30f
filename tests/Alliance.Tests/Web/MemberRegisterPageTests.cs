using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Tests.Support;
using Alliance.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>
/// The register page through HTTP, as a browser without script sees it: rows are checked against
/// the database, sorted and filtered here in memory, independently of the SQL under test.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MemberRegisterPageTests(PortalFactory portal)
{
    private const string Member = "member@alliance.test";

    [Fact]
    public async Task Register_ShowsTheFirst25InNameOrder_AndHowManyThereAre()
    {
        var client = await portal.SignedInClientAsync(Member);
        var all = await OrganisationsAsync();

        var page = await client.GetDocumentAsync("/members");

        var expected = all.OrderBy(o => o.NormalizedName, StringComparer.Ordinal).ThenBy(o => o.Id).Take(25).Select(o => o.Id);
        Assert.Equal(expected, RowIds(page));
        Assert.Equal($"Showing 1–25 of {all.Count} organisations.", page.QuerySelector("#register-count")!.TextContent.Trim());
        Assert.Equal("ascending", Header(page, "Name").GetAttribute("aria-sort"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task PagingLinks_WalkTheWholeRegister_OnceEach_AndKeepTheFilters()
    {
        var client = await portal.SignedInClientAsync(Member);
        var all = await OrganisationsAsync();

        var ids = await AllPagesAsync(client, "/members?status=All&sort=Joined");

        Assert.Equal(all.Count, ids.Count);
        Assert.Equal(all.Select(o => o.Id).Order(), ids.Order());
        var last = await client.GetDocumentAsync($"/members?sort=Joined&page={(all.Count + 24) / 25}");
        Assert.All(last.QuerySelectorAll(".pager a"), a => Assert.Contains("sort=Joined", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("page", last.QuerySelector(".pager a[aria-current]")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("  save the   CHILDREN ", "SAVE THE CHILDREN")]
    [InlineData("unicef", "UNICEF")]
    [InlineData("enfance", "ENFANCE")]
    public async Task Search_IgnoresCaseAndSpacing_AndFindsAcronymsToo(string typed, string term)
    {
        var client = await portal.SignedInClientAsync(Member);
        var expected = (await OrganisationsAsync())
            .Where(o => o.NormalizedName.Contains(term, StringComparison.Ordinal) || (o.Acronym?.ToUpperInvariant().Contains(term, StringComparison.Ordinal) ?? false))
            .Select(o => o.Id).Order().ToList();

        var ids = await AllPagesAsync(client, "/members?q=" + Uri.EscapeDataString(typed));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids.Order());
    }

    public static TheoryData<string> Filters => new() { "type=NationalNgo", "scope=Local", "country=KE", "joined=2017", "status=Former", "status=Current", "scope=Global&country=GB&joined=2018" };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_SelectWhatTheDatabaseHolds(string query)
    {
        var client = await portal.SignedInClientAsync(Member);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var parameters = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var expected = (await OrganisationsAsync()).Where(o =>
                (!parameters.TryGetValue("type", out var type) || o.Type.ToString() == type)
                && (!parameters.TryGetValue("scope", out var scope) || o.Scope.ToString() == scope)
                && (!parameters.TryGetValue("country", out var country) || o.CountryCode == country)
                && (!parameters.TryGetValue("joined", out var year) || o.JoinedOn.Year.ToString(CultureInfo.InvariantCulture) == year)
                && (!parameters.TryGetValue("status", out var status) || (status == "Former" ? o.LeftOn <= today : o.IsMemberOn(today))))
            .Select(o => o.Id).Order().ToList();

        var ids = await AllPagesAsync(client, "/members?" + query);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids.Order());
        var page = await client.GetDocumentAsync("/members?" + query);
        foreach (var (name, value) in parameters)
        {
            Assert.Equal(value, page.QuerySelector($"form[role=search] [name={name}]") switch
            {
                IHtmlSelectElement select => select.Value,
                var other => other!.GetAttribute("value"),
            });
        }
    }

    [Theory]
    [InlineData("type=Charity&scope=Planetary&country=QQ&joined=1850&status=Gone&sort=Evil&dir=sideways&page=-2")]
    [InlineData("country=K1&joined=twenty&page=abc&q=")]
    [InlineData("type=21,22&joined=2017.5")]
    public async Task UnknownValues_AreIgnored_AndTheWholeRegisterShows(string query)
    {
        var client = await portal.SignedInClientAsync(Member);
        var all = await OrganisationsAsync();

        var page = await client.GetDocumentAsync("/members?" + query);

        Assert.Equal(all.OrderBy(o => o.NormalizedName, StringComparer.Ordinal).ThenBy(o => o.Id).Take(25).Select(o => o.Id), RowIds(page));
        Assert.Equal($"Showing 1–25 of {all.Count} organisations.", page.QuerySelector("#register-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task APageBeyondTheLast_ShowsTheLastPage()
    {
        var client = await portal.SignedInClientAsync(Member);
        var all = await OrganisationsAsync();

        var page = await client.GetDocumentAsync("/members?page=999");

        var lastPage = (all.Count + 24) / 25;
        var expected = all.OrderBy(o => o.NormalizedName, StringComparer.Ordinal).ThenBy(o => o.Id).Skip((lastPage - 1) * 25).Select(o => o.Id);
        Assert.Equal(expected, RowIds(page));
    }

    [Fact]
    public async Task SortByCountry_FollowsTheCountryNames_InTheUsersLanguage_WithNoCountryLast()
    {
        var all = await OrganisationsAsync();
        foreach (var (language, descending) in new[] { ("en", false), ("fr", false), ("fr", true) })
        {
            var client = await portal.SignedInClientAsync(Member);
            if (language == "fr")
            {
                await client.InFrenchAsync();
            }
            var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true);
            var names = InCulture(language, () => all.ToDictionary(o => o.Id, o => o.CountryCode is null ? null : Countries.Name(o.CountryCode)));
            var byCountry = descending
                ? all.Where(o => o.CountryCode is not null).OrderByDescending(o => names[o.Id], comparer)
                : all.Where(o => o.CountryCode is not null).OrderBy(o => names[o.Id], comparer);
            var expected = byCountry.ThenBy(o => o.NormalizedName, StringComparer.Ordinal).ThenBy(o => o.Id)
                .Concat(all.Where(o => o.CountryCode is null).OrderBy(o => o.NormalizedName, StringComparer.Ordinal).ThenBy(o => o.Id))
                .Select(o => o.Id).ToList();

            var ids = await AllPagesAsync(client, "/members?sort=Country" + (descending ? "&dir=desc" : ""));

            Assert.Equal(expected, ids);
        }
    }

    [Fact]
    public async Task SortByJoined_Descending_PutsTheNewestFirst_AndTheHeaderLinkReversesIt()
    {
        var client = await portal.SignedInClientAsync(Member);
        var all = await OrganisationsAsync();

        var page = await client.GetDocumentAsync("/members?sort=Joined&dir=desc");

        var expected = all.OrderByDescending(o => o.JoinedOn).ThenBy(o => o.NormalizedName, StringComparer.Ordinal).ThenBy(o => o.Id).Take(25).Select(o => o.Id);
        Assert.Equal(expected, RowIds(page));
        var joined = Header(page, "Joined");
        Assert.Equal("descending", joined.GetAttribute("aria-sort"));
        Assert.Equal("members?sort=Joined#register", joined.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(Header(page, "Name").GetAttribute("aria-sort"));
        Assert.Equal("members?sort=Scope#register", Header(page, "Scope").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SortByScope_GoesFromGlobalToLocal()
    {
        var client = await portal.SignedInClientAsync(Member);
        var all = await OrganisationsAsync();

        var ids = await AllPagesAsync(client, "/members?sort=Scope");

        Assert.Equal(all.OrderBy(o => o.Scope).ThenBy(o => o.NormalizedName, StringComparer.Ordinal).ThenBy(o => o.Id).Select(o => o.Id), ids);
    }

    [Fact]
    public async Task FormerMembers_ShowTheDayTheyLeft()
    {
        var client = await portal.SignedInClientAsync(Member);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var former = (await OrganisationsAsync()).Where(o => o.LeftOn <= today).ToList();

        var page = await client.GetDocumentAsync("/members?status=Former");

        Assert.NotEmpty(former);
        Assert.All(former, o =>
        {
            var row = page.QuerySelector($"tr[data-organisation-id='{o.Id}']")!;
            Assert.Contains("former-member", row.ClassList);
            Assert.Equal(o.LeftOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.QuerySelectorAll("td")[4].QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Contains("Former member", row.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Figures_MatchTheDatabase_AndOverSixtyPercentOfNewMembersAreLocalOrNational()
    {
        var client = await portal.SignedInClientAsync(Member);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var current = (await OrganisationsAsync()).Where(o => o.IsMemberOn(today)).ToList();
        var newMembers = current.Where(o => o.IsNewMember).ToList();
        var local = current.Count(o => o.IsLocalOrNational);
        var newLocal = newMembers.Count(o => o.IsLocalOrNational);

        var page = await client.GetDocumentAsync("/members");

        Assert.True(newLocal * 100 > newMembers.Count * 60, $"{newLocal} of {newMembers.Count} new members are local or national");
        Assert.Equal(current.Count.ToString("N0", CultureInfo.GetCultureInfo("en")), Figure(page, "members"));
        Assert.Equal($"{Math.Round(100.0 * local / current.Count):0}%", Figure(page, "local-share"));
        Assert.Equal($"{Math.Round(100.0 * newLocal / newMembers.Count):0}%", Figure(page, "new-local-share"));
        Assert.Contains($"{newLocal} of {newMembers.Count} new members", page.QuerySelector("[data-figure=new-local-share]")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Plan target: 60%. Met.", Figure(page, "target"));
    }

    [Fact]
    public async Task JoiningChart_IsAnAccessibleSvg_WithItsFiguresInATable()
    {
        var client = await portal.SignedInClientAsync(Member);
        var all = await OrganisationsAsync();
        var years = Enumerable.Range(all.Min(o => o.JoinedOn.Year), all.Max(o => o.JoinedOn.Year) - all.Min(o => o.JoinedOn.Year) + 1).ToList();

        var page = await client.GetDocumentAsync("/members");

        var chart = page.QuerySelector("figure#joining-per-year")!;
        var svg = chart.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labels = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("Organisations joining each year", page.GetElementById(labels[0])!.TextContent);
        Assert.Equal("title", page.GetElementById(labels[0])!.LocalName);
        var description = page.GetElementById(labels[1])!;
        Assert.Equal("desc", description.LocalName);
        Assert.Contains($"{all.Count} organisations joined between {years[0]} and {years[^1]}", description.TextContent, StringComparison.Ordinal);
        Assert.Equal(years.Count, svg.QuerySelectorAll(".bar-chart-row").Length);

        var rows = chart.QuerySelectorAll("details table tbody tr");
        Assert.Equal(years.Select(y => y.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r.QuerySelector("th")!.TextContent));
        foreach (var row in rows)
        {
            var year = int.Parse(row.QuerySelector("th")!.TextContent, CultureInfo.InvariantCulture);
            var cells = row.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en"))).ToList();
            var joined = all.Where(o => o.JoinedOn.Year == year).ToList();
            Assert.Equal([joined.Count(o => o.IsLocalOrNational), joined.Count(o => !o.IsLocalOrNational), joined.Count], cells);
        }
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task InFrench_TheRegisterItsFiguresAndItsCountriesAreInFrench()
    {
        var client = await (await portal.SignedInClientAsync(Member)).InFrenchAsync();
        var (id, _) = await FindAsync(SeededOrganisation);

        var page = await client.GetDocumentAsync("/members?country=GB");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Registre des membres", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Chiffres de l'adhésion", page.QuerySelector("#member-figures-title")!.TextContent.Trim());
        Assert.Equal("Adhésions par année", page.QuerySelector("figure#joining-per-year svg title")!.TextContent);
        Assert.Equal("Afficher les chiffres sous forme de tableau", page.QuerySelector("figure#joining-per-year summary")!.TextContent);
        Assert.StartsWith("Cible du plan : 60 %", Figure(page, "target"), StringComparison.Ordinal);
        Assert.Equal(["Nom", "Type IATI", "Portée", "Pays", "Adhésion", "Départ"], page.QuerySelectorAll("table.member-table thead th").Select(h => h.QuerySelector("a")?.FirstChild?.TextContent.Trim() ?? h.TextContent.Trim()));
        var row = page.QuerySelector($"tr[data-organisation-id='{id}']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["ONG internationale", "Mondiale", "Royaume-Uni"], row.Take(3));
        Assert.Equal("Royaume-Uni", ((IHtmlSelectElement)page.QuerySelector("select[name=country]")!).SelectedOptions.Single().TextContent);
        Assert.Contains(page.QuerySelectorAll("select[name=country] option"), o => o.TextContent == "Soudan du Sud");
        Assert.All((await OrganisationsAsync()).Select(o => o.CountryCode).OfType<string>(), code => Assert.True(Countries.IsKnown(code), code));
    }

    [Fact]
    public async Task Staff_SeeTheAddAndEditLinks_MembersDoNot()
    {
        var (id, _) = await FindAsync(SeededOrganisation);
        var url = "/members?q=" + Uri.EscapeDataString(SeededOrganisation);
        var member = await (await portal.SignedInClientAsync(Member)).GetDocumentAsync(url);
        var secretariat = await (await portal.SignedInClientAsync("secretariat@alliance.test")).GetDocumentAsync(url);

        Assert.NotNull(member.QuerySelector($"tr[data-organisation-id='{id}']"));
        Assert.Null(member.QuerySelector("a[href='members/new']"));
        Assert.Empty(member.QuerySelectorAll("a[href$='/edit']"));
        Assert.NotNull(secretariat.QuerySelector("a[href='members/new']"));
        Assert.NotNull(secretariat.QuerySelector($"tr[data-organisation-id='{id}'] a[href='members/{id}/edit']"));
    }

    [Fact]
    public async Task DownloadLinks_CarryTheFilters_ButNotThePage()
    {
        var client = await portal.SignedInClientAsync(Member);

        var page = await client.GetDocumentAsync("/members?scope=Local&sort=Joined&page=2");

        Assert.NotNull(page.QuerySelector("a[href='members/register.xlsx?scope=Local&sort=Joined']"));
        Assert.NotNull(page.QuerySelector("a[href='members/register.csv?scope=Local&sort=Joined']"));
    }

    private const string SeededOrganisation = "Save the Children International";

    private sealed record Row(int Id, string NormalizedName, string? Acronym, OrganisationType Type, OrganisationScope Scope, string? CountryCode, DateOnly JoinedOn, DateOnly? LeftOn)
    {
        public bool IsMemberOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || LeftOn > day);

        public bool IsNewMember => JoinedOn >= Membership.LaunchedOn;

        public bool IsLocalOrNational => OrganisationScopes.LocalOrNational.Contains(Scope);
    }

    [Fact]
    public async Task AsOfAPastDay_TheRegisterHasOnlyWhoHadJoined_NoLaterLeaving_AndItsFiguresOfThatDay()
    {
        var client = await portal.SignedInClientAsync(Member);
        var day = new DateOnly(2018, 3, 9);
        var all = await OrganisationsAsync();
        var joined = all.Where(o => o.JoinedOn <= day).ToList();
        var members = joined.Count(o => o.LeftOn is null || o.LeftOn > day);

        var ids = await AllPagesAsync(client, "/members?on=2018-03-09");
        var first = await client.GetDocumentAsync("/members?on=2018-03-09&status=Current");

        Assert.Equal(joined.Select(o => o.Id).Order(), ids.Order());
        Assert.Equal(members.ToString("N0", CultureInfo.GetCultureInfo("en")), Figure(first, "members"));
        Assert.Equal("2018-03-09", first.QuerySelector(".as-of-banner")!.GetAttribute("data-on"));
        Assert.Empty(first.QuerySelectorAll("a[download]"));
        // Filters, pages and "clear the filters" keep the day.
        Assert.Equal("2018-03-09", first.QuerySelector("form.register-filters input[name=on]")!.GetAttribute("value"));
        Assert.All(first.QuerySelectorAll(".pager a, table.member-table thead a"), a => Assert.Contains("on=2018-03-09", a.GetAttribute("href"), StringComparison.Ordinal));
        // An organisation that left after that day was still a member then: no leaving date is shown.
        // (In the demo data, Safeguard Analytics joined before 2018 and left on 30 June 2019.)
        var leftLater = all.First(o => o.JoinedOn <= day && o.LeftOn > day);
        var row = (await client.GetDocumentAsync($"/members?on=2018-03-09&q={Uri.EscapeDataString(leftLater.NormalizedName)}"))
            .QuerySelector($"tr[data-organisation-id='{leftLater.Id}']")!;
        Assert.DoesNotContain("former-member", row.ClassName ?? "", StringComparison.Ordinal);
        Assert.Contains("former-member", (await client.GetDocumentAsync($"/members?q={Uri.EscapeDataString(leftLater.NormalizedName)}"))
            .QuerySelector($"tr[data-organisation-id='{leftLater.Id}']")!.ClassName ?? "", StringComparison.Ordinal);
    }

    private async Task<List<Row>> OrganisationsAsync()
    {
        await using var db = portal.ArrangeDb();
        return await db.Organisations.AsNoTracking()
            .Select(o => new Row(o.Id, o.NormalizedName, o.Acronym, o.Type, o.Scope, o.CountryCode, o.JoinedOn, o.LeftOn))
            .ToListAsync();
    }

    private async Task<(int Id, string Name)> FindAsync(string name)
    {
        await using var db = portal.ArrangeDb();
        return await db.Organisations.Where(o => o.Name == name).Select(o => ValueTuple.Create(o.Id, o.Name)).SingleAsync();
    }

    /// <summary>Follows the "next" links from <paramref name="url"/> to the last page, as a reader would.</summary>
    private static async Task<List<int>> AllPagesAsync(HttpClient client, string url)
    {
        var ids = new List<int>();
        for (var pages = 0; url is not null; pages++)
        {
            Assert.True(pages < 20, "The pager does not end");
            var page = await client.GetDocumentAsync(url);
            ids.AddRange(RowIds(page));
            url = page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href") is { } next ? "/" + next.Split('#')[0] : null!;
        }
        return ids;
    }

    private static List<int> RowIds(IDocument page) =>
        page.QuerySelectorAll("table.member-table tbody tr").Select(r => int.Parse(r.GetAttribute("data-organisation-id")!, CultureInfo.InvariantCulture)).ToList();

    private static IElement Header(IDocument page, string label) =>
        page.QuerySelectorAll("table.member-table thead th").Single(h => h.TextContent.Trim().StartsWith(label, StringComparison.Ordinal));

    private static string Figure(IDocument page, string name) => page.QuerySelector($"[data-figure={name}]")!.TextContent.Trim();

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
}
