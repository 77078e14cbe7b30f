using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Tests.Support;
using Alliance.Web.Features.Plans;
using Alliance.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>
/// Staff build a draft plan through the service, as each role. On its own portal and database:
/// these tests create plans.
/// </summary>
public sealed class PlanAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Secretariat = "secretariat@alliance.test";

    [Fact]
    public async Task TheSecretariat_CreatesADraft_AndBuildsAGoalWithAPriorityAndAnObjectiveUnderIt_EachChangeAudited()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var plans = Service(scope);

        var created = await plans.CreateAsync(new PlanForm { TitleEn = "Strategy 2031–2035", TitleFr = "Stratégie 2031-2035", StartYear = "2031", EndYear = "2035", AdoptedOn = "2031-02-01" });
        var plan = created.Current!;
        plan = await SavedAsync(plans.AddElementKindAsync(plan.Slug, new ElementKindForm
            { Code = "goal", NameEn = "Goal", NameFr = "But", PluralEn = "Goals", PluralFr = "Buts", Version = plan.Version }));
        plan = await SavedAsync(plans.AddElementKindAsync(plan.Slug, new ElementKindForm
            { Code = "priority", NameEn = "Priority", NameFr = "Priorité", PluralEn = "Priorities", PluralFr = "Priorités", LabelledByCode = true, Version = plan.Version }));
        plan = await SavedAsync(plans.AddElementAsync(plan.Slug, Element("G", "goal", null, plan.Version)));
        plan = await SavedAsync(plans.AddElementAsync(plan.Slug, Element("1", "priority", "g", plan.Version)));
        plan = await SavedAsync(plans.AddElementAsync(plan.Slug, Element("1.1", "priority", "1", plan.Version)));
        plan = await SavedAsync(plans.AddCategoryAsync(plan.Slug, new CategoryForm { Code = "advocacy", NameEn = "Advocacy", NameFr = "Plaidoyer", Version = plan.Version }));

        Assert.Equal(ChangeOutcome.Saved, created.Outcome);
        Assert.Equal(("2031-2035", PlanStatus.Draft), (plan.Slug, plan.Status));
        Assert.Equal([("G", null, 0), ("1", "G", 1), ("1.1", "1", 2)], plan.Elements.Select(e => (e.Name.Code, e.ParentCode, e.Depth)));
        Assert.Equal("Priority 1.1", plan.Elements[2].Name.Short(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["advocacy"], plan.Categories.Select(c => c.Code));
        await using var db = portal.ArrangeDb();
        var trail = await db.AuditEntries.Where(e => e.Action.EndsWith("2031-2035")).Select(e => e.Action).Distinct().ToListAsync();
        Assert.Equal(["add a category of work to plan 2031-2035", "add a kind of element to plan 2031-2035", "add an element to plan 2031-2035", "create the draft plan 2031-2035"],
            trail.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheSecretariat_AddsCommitmentsToADraft_EachRuleWithWhatItNeeds_AndThePlanPageAssessesThem()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var plans = Service(scope);
        var plan = (await plans.CreateAsync(new PlanForm { TitleEn = "Strategy 2041–2045", TitleFr = "Stratégie 2041-2045", StartYear = "2041", EndYear = "2045", AdoptedOn = "2041-02-01" })).Current!;
        plan = await SavedAsync(plans.AddElementKindAsync(plan.Slug, new ElementKindForm
            { Code = "priority", NameEn = "Priority", NameFr = "Priorité", PluralEn = "Priorities", PluralFr = "Priorités", LabelledByCode = true, Version = plan.Version }));
        plan = await SavedAsync(plans.AddElementAsync(plan.Slug, Element("1", "priority", null, plan.Version)));
        CommitmentForm Form(string code, string rule, string? share = null, string? element = null, string? since = null) => new()
        {
            Code = code, Rule = rule, TextEn = "Half the groups co-led locally.", TextFr = "La moitié des groupes codirigés localement.",
            Deadline = "2045-12-31", SharePercent = share, ElementCode = element, Since = since, Version = plan.Version,
        };

        var noElement = await plans.AddCommitmentAsync(plan.Slug, Form("W", "ElementActivitiesCompleted", "80"));
        var noShare = await plans.AddCommitmentAsync(plan.Slug, Form("G", "GroupsCoLedLocalShare"));
        var noRule = await plans.AddCommitmentAsync(plan.Slug, Form("X", ""));
        plan = await SavedAsync(plans.AddCommitmentAsync(plan.Slug, Form("G", "GroupsCoLedLocalShare", "50")));
        plan = await SavedAsync(plans.AddCommitmentAsync(plan.Slug, Form("W", "ElementActivitiesCompleted", "80", "1")));
        var inForce = (await plans.GetAsync("2018-2020")).Plan!;
        var onInForce = Form("Z", "GroupsCoLedLocalShare", "50");
        onInForce.Version = inForce.Version;
        var refused = await plans.AddCommitmentAsync("2018-2020", onInForce);

        Assert.True(noElement.Errors.ContainsKey(nameof(CommitmentForm.ElementCode)));
        Assert.True(noShare.Errors.ContainsKey(nameof(CommitmentForm.SharePercent)));
        Assert.True(noRule.Errors.ContainsKey(nameof(CommitmentForm.Rule)));
        Assert.Equal([("G", CommitmentRule.GroupsCoLedLocalShare), ("W", CommitmentRule.ElementActivitiesCompleted)], plan.Commitments.Select(c => (c.Code, c.Rule)));
        Assert.Equal((ChangeOutcome.Invalid, "Only a draft plan's structure can be changed."), (refused.Outcome, refused.Message));
        var page = await (await portal.SignedInClientAsync(Secretariat)).GetDocumentAsync("/plans/2041-2045");
        Assert.NotNull(page.QuerySelector("[data-commitment=G] .commitment-evidence"));
        Assert.Contains("Priority 1", page.QuerySelector("[data-commitment=W]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretariat_RewordsAndRemovesADraftsElements_AndAnElementWithAnIndicatorStays()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var plans = Service(scope);
        var plan = (await plans.CreateAsync(new PlanForm { TitleEn = "Strategy 2051–2055", TitleFr = "Stratégie 2051-2055", StartYear = "2051", EndYear = "2055", AdoptedOn = "2051-02-01" })).Current!;
        plan = await SavedAsync(plans.AddElementKindAsync(plan.Slug, new ElementKindForm
            { Code = "priority", NameEn = "Priority", NameFr = "Priorité", PluralEn = "Priorities", PluralFr = "Priorités", LabelledByCode = true, Version = plan.Version }));
        plan = await SavedAsync(plans.AddElementAsync(plan.Slug, Element("1", "priority", null, plan.Version)));
        plan = await SavedAsync(plans.AddElementAsync(plan.Slug, Element("2", "priority", null, plan.Version)));
        var indicators = scope.ServiceProvider.GetRequiredService<Alliance.Web.Features.Objectives.IndicatorAdministrationService>();
        Assert.Equal(ChangeOutcome.Saved, (await indicators.DefineAsync("2", new Alliance.Web.Features.Objectives.IndicatorForm
        {
            NameEn = "Guides", NameFr = "Guides", Unit = "Count", Baseline = "0", BaselineDate = "2051-02-01", Target = "3", TargetDate = "2055-12-31",
        }, "2051-2055")).Outcome);
        plan = (await plans.GetAsync(plan.Slug)).Plan!;

        plan = await SavedAsync(plans.RewordElementAsync(plan.Slug, new ElementForm
        {
            Code = "1", TitleEn = "Children's voices", TitleFr = "La voix des enfants", StatementEn = "Children are heard.", StatementFr = "Les enfants sont entendus.",
            Version = plan.Version,
        }));
        var stale = await plans.RemoveElementAsync(plan.Slug, "1", Guid.NewGuid());
        var inUse = await plans.RemoveElementAsync(plan.Slug, "2", plan.Version);
        plan = await SavedAsync(plans.RemoveElementAsync(plan.Slug, "1", plan.Version));

        Assert.Equal(ChangeOutcome.Conflict, stale.Outcome);
        Assert.Equal(ChangeOutcome.Invalid, inUse.Outcome);
        Assert.Equal(["2"], plan.Elements.Select(e => e.Name.Code));
        await using var db = portal.ArrangeDb();
        var trail = await db.AuditEntries.Where(e => e.Action.EndsWith("2051-2055")).Select(e => e.Action).Distinct().ToListAsync();
        Assert.Contains("reword an element of plan 2051-2055", trail);
        Assert.Contains("remove an element from plan 2051-2055", trail);
    }

    [Theory]
    [InlineData("lead@alliance.test")]
    [InlineData("member@alliance.test")]
    public async Task LeadsAndMembers_AreRefused_AndNoPlanIsCreated(string email)
    {
        await using var scope = await portal.ScopeForUserAsync(email);

        var result = await Service(scope).CreateAsync(new PlanForm { TitleEn = "Mine", TitleFr = "La mienne", StartYear = "2041", EndYear = "2045", AdoptedOn = "2041-01-01" });

        Assert.Equal(ChangeOutcome.Refused, result.Outcome);
        await using var db = portal.ArrangeDb();
        Assert.False(await db.StrategicPlans.AnyAsync(p => p.StartYear == 2041));
    }

    [Theory]
    [InlineData("2018", "2020", "2018-01-01", nameof(PlanForm.EndYear), "A plan already covers 2018-2020.")]
    [InlineData("twenty", "2030", "2026-01-01", nameof(PlanForm.StartYear), "Type a year, such as 2021.")]
    [InlineData("2030", "2026", "2026-01-01", nameof(PlanForm.EndYear), "The plan must end in or after the year it starts (2030).")]
    [InlineData("1990", "1995", "1990-01-01", nameof(PlanForm.StartYear), "A plan's years are between 2000 and 2100.")]
    [InlineData("2051", "2055", "not a day", nameof(PlanForm.AdoptedOn), null)]
    public async Task ABadPlan_GetsAMessageOnItsField_AndNothingIsSaved(string start, string end, string adopted, string field, string? message)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        await using var db = portal.ArrangeDb();
        var before = await db.StrategicPlans.CountAsync();

        var result = await Service(scope).CreateAsync(new PlanForm { TitleEn = "Plan", TitleFr = "Plan", StartYear = start, EndYear = end, AdoptedOn = adopted });

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.True(result.Errors.ContainsKey(field), string.Join("; ", result.Errors));
        if (message is not null)
        {
            Assert.Equal(message, result.Errors[field]);
        }
        Assert.Equal(before, await db.StrategicPlans.CountAsync());
    }

    [Fact]
    public async Task TwoPeopleBuildingOnePlan_TheSecondSeesTheFirstsWork_AndTheirTextIsKept()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var plans = Service(scope);
        var plan = (await plans.CreateAsync(new PlanForm { TitleEn = "Plan", TitleFr = "Plan", StartYear = "2061", EndYear = "2065", AdoptedOn = "2061-01-01" })).Current!;
        var stale = plan.Version;
        await SavedAsync(plans.AddElementKindAsync(plan.Slug, new ElementKindForm { Code = "goal", NameEn = "Goal", NameFr = "But", PluralEn = "Goals", PluralFr = "Buts", Version = stale }));

        var late = await plans.AddCategoryAsync(plan.Slug, new CategoryForm { Code = "evidence", NameEn = "Evidence", NameFr = "Données", Version = stale });

        Assert.Equal(ChangeOutcome.Conflict, late.Outcome);
        Assert.Equal(["goal"], late.Current!.Kinds.Select(k => k.Code));
        Assert.Empty(late.Current.Categories);
    }

    [Fact]
    public async Task ThePlanInForce_KeepsItsStructure()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var plans = Service(scope);
        var inForce = (await plans.GetAsync("2018-2020")).Plan!;

        var result = await plans.AddElementAsync("2018-2020", new ElementForm
            { Code = "D", KindCode = "objective", TitleEn = "More", TitleFr = "Plus", StatementEn = "More.", StatementFr = "Plus.", Version = inForce.Version });

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal("Only a draft plan's structure can be changed.", result.Message);
        await using var db = portal.ArrangeDb();
        Assert.False(await db.Objectives.AnyAsync(o => o.Code == "D"));
    }

    [Theory]
    [InlineData("nope", null, nameof(ElementForm.KindCode))]
    [InlineData("goal", "X", nameof(ElementForm.ParentCode))]
    public async Task AnElementOfAnUnknownKind_OrUnderAnUnknownElement_GetsAMessageOnThatChoice(string kind, string? parent, string field)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var plans = Service(scope);
        var plan = (await plans.GetAsync("2081-2085")).Plan ?? (await plans.CreateAsync(new PlanForm
            { TitleEn = "Strategy 2081–2085", TitleFr = "Stratégie 2081-2085", StartYear = "2081", EndYear = "2085", AdoptedOn = "2081-02-01" })).Current!;
        if (plan.Kinds.All(k => k.Code != "goal"))
        {
            plan = await SavedAsync(plans.AddElementKindAsync(plan.Slug, new ElementKindForm { Code = "goal", NameEn = "Goal", NameFr = "But", PluralEn = "Goals", PluralFr = "Buts", Version = plan.Version }));
        }

        var result = await plans.AddElementAsync(plan.Slug, Element("Z", kind, parent, plan.Version));

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.True(result.Errors.ContainsKey(field), string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task PuttingThe2021To2025StrategyInForce_Closes2018To2020_WithItsResultsOfItsLastDay_WhichNoLaterChangeMoves()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var plans = Service(scope);
        var draft = (await plans.GetAsync("2021-2025")).Plan!;
        var end = new DateOnly(2020, 12, 31);
        decimal? expectedShare;
        await using (var db = portal.ArrangeDb())
        {
            // The new-members share as it stood on 31 December 2020, computed here from the register.
            var members = (await db.Organisations.ToListAsync()).Where(o => o.IsMemberOn(end) && o.IsNewMember).ToList();
            expectedShare = Math.Round(100m * members.Count(o => o.IsLocalOrNational) / members.Count, 1);
        }

        // Every activity not completed is decided: two carried into priority 3 (prevention), one dropped, the others closed.
        var (_, unfinished) = await plans.GetClosingAsync();
        Assert.NotEmpty(unfinished!);
        var undecided = await plans.PutInForceAsync("2021-2025", new ClosingForm { Version = draft.Version });
        var carried = unfinished!.Take(2).Select(a => a.Id).ToList();
        var form = new ClosingForm
        {
            Version = draft.Version,
            Decisions = unfinished!.Select((a, i) => new ClosingDecision
            {
                ActivityId = a.Id,
                Choice = i < 2 ? "CarriedOver" : i == 2 ? "Dropped" : "Closed",
                ElementCode = i < 2 ? "3" : null,
                Reason = i == 2 ? "No funding left." : "Reviewed at the closing meeting.",
            }).ToList(),
        };

        var result = await plans.PutInForceAsync("2021-2025", form);
        await using (var db = portal.ArrangeDb())
        {
            // A local organisation joins today: the closed plan's results stay those of its last day.
            db.Organisations.Add(new Alliance.Domain.Members.Organisation("Joined after the plan", null, Alliance.Domain.Members.OrganisationType.NationalNgo,
                Alliance.Domain.Members.OrganisationScope.Local, "KE", DateOnly.FromDateTime(DateTime.UtcNow)));
            await db.SaveChangesAsync();
        }

        Assert.Equal(ChangeOutcome.Invalid, undecided.Outcome);
        Assert.All(unfinished!, a => Assert.True(undecided.Errors.ContainsKey(ClosingDecision.Input(a.Id, nameof(ClosingDecision.Choice)))));
        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        Assert.Equal(PlanStatus.InForce, result.Current!.Status);
        await using (var db = portal.ArrangeDb())
        {
            var old = await db.Activities.Include(a => a.CarriedInto).ThenInclude(n => n!.Objective).Where(a => carried.Contains(a.Id)).ToListAsync();
            Assert.All(old, a => Assert.Equal((Alliance.Domain.Workplans.ActivityDisposition.CarriedOver, "3", a.Title),
                (a.Disposition!.Value, a.CarriedInto!.Objective.Code, a.CarriedInto.Title)));
            Assert.All(old, a => Assert.Equal(a.Id, a.CarriedInto!.CarriedFromId));
            Assert.Equal(unfinished!.Count, await db.Activities.CountAsync(a => unfinished.Select(u => u.Id).Contains(a.Id) && a.Disposition != null));
            Assert.Equal("No funding left.", (await db.Activities.SingleAsync(a => a.Id == unfinished[2].Id)).DispositionReason);
            // Each page links to the other.
            var reader = await portal.SignedInClientAsync("member@alliance.test");
            var oldPage = await reader.GetDocumentAsync($"/activities/{old[0].Id}");
            Assert.Equal($"activities/{old[0].CarriedInto!.Id}", oldPage.QuerySelector(".activity-disposition a")!.GetAttribute("href"));
            Assert.Contains("Reviewed at the closing meeting.", oldPage.QuerySelector(".activity-disposition")!.TextContent, StringComparison.Ordinal);
            var newPage = await reader.GetDocumentAsync($"/activities/{old[0].CarriedInto!.Id}");
            Assert.Equal($"activities/{old[0].Id}", newPage.QuerySelector(".activity-carried-from a")!.GetAttribute("href"));
        }
        await using var check = portal.ArrangeDb();
        var closed = await check.StrategicPlans.Include(p => p.Objectives).ThenInclude(o => o.Indicators).Include(p => p.Commitments)
            .SingleAsync(p => p.StartYear == 2018);
        Assert.Equal((PlanStatus.Closed, end), (closed.Status, closed.ResultsOn));
        var share = closed.Objectives.SelectMany(o => o.Indicators).Single(i => i.Metric == ComputedMetric.NewMembersLocalOrNationalPercent);
        Assert.Equal((end, expectedShare), (share.FinalOn, share.FinalValue));
        Assert.All(closed.Objectives.SelectMany(o => o.Indicators), i => Assert.Equal(end, i.FinalOn));
        Assert.Equal([("C-SEATS", CommitmentVerdict.Missed, 2m), ("C-MEMBERS", CommitmentVerdict.Met, expectedShare)],
            closed.Commitments.OrderBy(c => c.SortOrder).Select(c => (c.Code, c.FinalVerdict!.Value, c.FinalAchieved)));

        var member = await portal.SignedInClientAsync("member@alliance.test");
        var page = await member.GetDocumentAsync("/plans/2018-2020");
        var row = page.QuerySelectorAll(".plan-results tbody tr").Single(r => r.TextContent.Contains("new members", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(IndicatorText(expectedShare!.Value), row.QuerySelector(".final-value")!.TextContent);
        Assert.Equal("Missed", page.QuerySelector("[data-commitment=C-SEATS] .verdict-badge")!.TextContent);
        // The dashboard and the plans' list now show the 2021–2025 strategy as the plan in force, in French too.
        var dashboard = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();
        var home = await dashboard.GetDocumentAsync("/");
        Assert.Contains("2021-2025", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Priorités stratégiques", home.QuerySelector("#kind-priority")?.TextContent);
        // The switcher opens the closed plan as it stood on its last day: the member who joined today does not move its share.
        var closedDashboard = await member.GetDocumentAsync("/?plan=2018-2020");
        Assert.Equal("2020-12-31", closedDashboard.QuerySelector(".as-of-banner")!.GetAttribute("data-on"));
        Assert.NotNull(closedDashboard.QuerySelector(".closed-plan-note"));
        var newMembers = closedDashboard.QuerySelectorAll("li.objective-indicator").Single(li => li.TextContent.Contains("new members", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expectedShare.Value,
            decimal.Parse(newMembers.QuerySelector("dl.indicator-summary")!.GetAttribute("data-latest")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["2018–2020 (Closed)", "2021–2025 (In force)"],
            closedDashboard.QuerySelectorAll(".plan-switcher a").Select(a => a.TextContent.Trim()));
        Assert.Equal("objectives/c?plan=2018-2020", closedDashboard.QuerySelector("#objective-c h3 a")!.GetAttribute("href"));
        var objectiveC = await (await portal.SignedInClientAsync(Secretariat)).GetDocumentAsync("/objectives/c?plan=2018-2020");
        var keptShare = objectiveC.QuerySelectorAll("section.indicator").Single(i => i.TextContent.Contains("new members", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expectedShare.Value,
            decimal.Parse(keptShare.QuerySelector("dl.indicator-summary")!.GetAttribute("data-latest")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2020-12-31", objectiveC.QuerySelector(".as-of-banner")!.GetAttribute("data-on"));
        Assert.Null(objectiveC.QuerySelector("a[href$='/indicators']"));
        var french = await dashboard.GetDocumentAsync("/plans/2021-2025");
        Assert.Equal("La centralité des enfants et de leur protection dans l'action humanitaire : stratégie 2021-2025", french.QuerySelector("h1")!.TextContent);
        Assert.Equal("Priorité stratégique 2 — Localisation", french.QuerySelector("li[data-element='2'] h3")!.TextContent);
    }

    [Fact]
    public async Task APlanThatIsNotADraft_CannotBePutInForce()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var plans = Service(scope);
        var plan = (await plans.GetAsync("2018-2020")).Plan!;

        var result = await plans.PutInForceAsync("2018-2020", new ClosingForm { Version = plan.Version });

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal("Only a draft plan's structure can be changed.", result.Message);
    }

    private static string IndicatorText(decimal percent) => $"{percent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%";

    private static ElementForm Element(string code, string kind, string? parent, Guid version) => new()
    {
        Code = code, KindCode = kind, ParentCode = parent, TitleEn = $"Element {code}", TitleFr = $"Élément {code}",
        StatementEn = "What it aims at.", StatementFr = "Ce qu'il vise.", Version = version,
    };

    private static async Task<ManagedPlan> SavedAsync(Task<ChangeResult<ManagedPlan>> change)
    {
        var result = await change;
        Assert.True(result.Succeeded, $"{result.Outcome}: {string.Join("; ", result.Errors)}");
        return result.Current!;
    }

    private static PlanAdministrationService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PlanAdministrationService>();
}
