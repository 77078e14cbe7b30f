using System.Globalization;
using System.Net;
using System.Security.Claims;
using Alliance.Data;
using Alliance.Domain.Accounts;
using Alliance.Domain.Plans;
using Alliance.Tests.Support;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.Objectives;
using Alliance.Web.Features.Workplans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>
/// The secretariat's work on indicators, through the service as each role. On its own portal and
/// database: these tests record values and define indicators.
/// </summary>
public sealed class IndicatorAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Secretariat = "secretariat@alliance.test";
    private const string Admin = "admin@alliance.test";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData(Secretariat, "PREV")]
    [InlineData(Admin, "CAPACITY")]
    public async Task StaffRecordsAValue_ItIsStored_AndTheObjectivePageShowsItAsLatest(string email, string code)
    {
        await using var scope = await portal.ScopeForUserAsync(email);
        var indicator = await RecordedIndicatorAsync(scope, code);
        var form = IndicatorValueForm.For(indicator, Today);
        form.Value = " 9 ";
        form.Note = "Counted at the annual meeting.";
        form.SourceUrl = "https://example.org/report";

        var result = await Service(scope).RecordValueAsync(indicator.Id, form);

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        var page = await scope.ServiceProvider.GetRequiredService<ObjectiveService>().GetObjectiveAsync(code.ToLowerInvariant());
        var shown = page!.Indicators.Single(i => i.Id == indicator.Id);
        Assert.Equal(new IndicatorPoint(Today, 9, "Counted at the annual meeting.", "https://example.org/report"), shown.Latest);
        Assert.Equal(indicator.Values.Count + 1, shown.History.Count);
        await using var db = Db();
        Assert.NotEqual(indicator.Version, await db.Indicators.Where(i => i.Id == indicator.Id).Select(i => EF.Property<Guid>(i, "Version")).SingleAsync());
    }

    [Fact]
    public async Task APercentAboveHundred_AndANegativeCount_AreRefusedWithMessages_AndNothingIsSaved()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var percent = await RecordedIndicatorAsync(scope, "B");
        var count = await RecordedIndicatorAsync(scope, "A");
        var tooHigh = IndicatorValueForm.For(percent, Today);
        tooHigh.Value = "101";
        var negative = IndicatorValueForm.For(count, Today);
        negative.Value = "-1";
        var before = await ValueCountAsync();

        var refusedPercent = await Service(scope).RecordValueAsync(percent.Id, tooHigh);
        var refusedCount = await Service(scope).RecordValueAsync(count.Id, negative);

        Assert.Equal(ChangeOutcome.Invalid, refusedPercent.Outcome);
        Assert.Equal("Value is a percentage and must be between 0 and 100.", refusedPercent.Errors[nameof(IndicatorValueForm.Value)]);
        Assert.Equal(ChangeOutcome.Invalid, refusedCount.Outcome);
        Assert.Equal("Value is a count and must be a whole number, zero or more.", refusedCount.Errors[nameof(IndicatorValueForm.Value)]);
        Assert.Equal(before, await ValueCountAsync());
        Assert.Equal("101", tooHigh.Value);
    }

    [Fact]
    public async Task AValueDatedInTheFuture_IsRefusedBesideItsDate_AndNeverBecomesTheLatestValue()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var indicator = await RecordedIndicatorAsync(scope, "B");
        var form = IndicatorValueForm.For(indicator, Today);
        form.Date = "2099-12-31";
        form.Value = "99";
        var before = await ValueCountAsync();

        var refused = await Service(scope).RecordValueAsync(indicator.Id, form);

        Assert.Equal(ChangeOutcome.Invalid, refused.Outcome);
        Assert.StartsWith("A value cannot be dated after today", refused.Errors[nameof(IndicatorValueForm.Date)], StringComparison.Ordinal);
        Assert.Equal(before, await ValueCountAsync());
        Assert.Equal("2099-12-31", form.Date);
    }

    [Fact]
    public async Task RefusedValue_IsExplainedInFrench_ForAFrenchUser()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var percent = await RecordedIndicatorAsync(scope, "B");
        var form = IndicatorValueForm.For(percent, Today);
        form.Value = "101";
        form.Date = "pas une date";
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("fr");
        try
        {
            var result = await Service(scope).RecordValueAsync(percent.Id, form);

            Assert.Equal("Valeur est un pourcentage et doit être compris entre 0 et 100.", result.Errors[nameof(IndicatorValueForm.Value)]);
            Assert.Equal("Saisissez une date valide, par exemple 2019-06-30.", result.Errors[nameof(IndicatorValueForm.Date)]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task AComputedIndicator_RefusesAManualValue_AndNothingIsSaved()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var (_, objective) = await Service(scope).GetObjectiveAsync("c");
        var computed = objective!.Indicators.First(i => i.Metric == ComputedMetric.SeatsHeldByLocalNationalOrRegional);
        var form = IndicatorValueForm.For(computed, Today);
        form.Value = "2";
        var before = await ValueCountAsync();

        var result = await Service(scope).RecordValueAsync(computed.Id, form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal("This indicator is computed from the portal's data and cannot be recorded by hand.", result.Errors[""]);
        Assert.Equal(before, await ValueCountAsync());
    }

    [Fact]
    public async Task AValueRecordedMeanwhile_IsAConflict_ShownToTheUser_WhoseEntryIsRecordedOnlyWhenSentAgain()
    {
        await using var first = await portal.ScopeForUserAsync(Secretariat);
        await using var second = await portal.ScopeForUserAsync(Admin);
        var indicator = await RecordedIndicatorAsync(first, "C");
        var mine = IndicatorValueForm.For(indicator, Today);
        mine.Value = "44";
        var theirs = IndicatorValueForm.For(indicator, Today);
        theirs.Value = "45";

        Assert.Equal(ChangeOutcome.Saved, (await Service(first).RecordValueAsync(indicator.Id, mine)).Outcome);
        var conflict = await Service(second).RecordValueAsync(indicator.Id, theirs);
        var countAfterConflict = await ValuesOfAsync(indicator.Id);
        theirs.Version = conflict.Current!.Version;
        var retried = await Service(second).RecordValueAsync(indicator.Id, theirs);

        Assert.Equal(ChangeOutcome.Conflict, conflict.Outcome);
        Assert.StartsWith("Someone else changed “Share of participants", conflict.Errors[""], StringComparison.Ordinal);
        Assert.Equal(44m, conflict.Current.Values[0].Value);
        Assert.Equal(indicator.Values.Count + 1, countAfterConflict);
        Assert.Equal(ChangeOutcome.Saved, retried.Outcome);
        Assert.Equal(indicator.Values.Count + 2, await ValuesOfAsync(indicator.Id));
    }

    [Fact]
    public async Task StaffDefinesARecordedIndicator_AndABadDefinitionGetsMessagesBesideItsInputs_AndSavesNothing()
    {
        await using var scope = await portal.ScopeForUserAsync(Admin);
        var bad = new IndicatorForm { NameEn = "Trainings", NameFr = " ", Unit = "Percent", Baseline = "10", BaselineDate = "2018-01-01", Target = "120", TargetDate = "2020-12-31" };
        var good = new IndicatorForm { NameEn = " Regional trainings held ", NameFr = "Formations régionales tenues", Unit = "Count", Baseline = "0", BaselineDate = "2018-01-01", Target = "6", TargetDate = "2020-12-31" };
        var countBefore = await IndicatorCountAsync();

        var refused = await Service(scope).DefineAsync("prev", bad);
        var unit = await Service(scope).DefineAsync("prev", new IndicatorForm { NameEn = "x", NameFr = "x", Unit = "Litres", Baseline = "ten", BaselineDate = "2018-01-01", Target = "1", TargetDate = "2020-12-31" });
        var countAfterRefusals = await IndicatorCountAsync();
        var saved = await Service(scope).DefineAsync("prev", good);

        Assert.Equal(ChangeOutcome.Invalid, refused.Outcome);
        Assert.Equal("Name (French) is required.", refused.Errors[nameof(IndicatorForm.NameFr)]);
        Assert.Equal(ChangeOutcome.Invalid, unit.Outcome);
        Assert.Equal("Choose a unit.", unit.Errors[nameof(IndicatorForm.Unit)]);
        Assert.Equal("Enter a number, such as 42 or 12.5.", unit.Errors[nameof(IndicatorForm.Baseline)]);
        Assert.Equal(countBefore, countAfterRefusals);
        Assert.Equal(ChangeOutcome.Saved, saved.Outcome);
        var (_, objective) = await Service(scope).GetObjectiveAsync("PREV");
        var defined = objective!.Indicators.Single(i => i.Id == saved.Current!.Id);
        Assert.Equal((new LocalizedText("Regional trainings held", "Formations régionales tenues"), IndicatorUnit.Count, (ComputedMetric?)null, 6m),
            (defined.Name, defined.Unit, defined.Metric, defined.Target));
    }

    [Fact]
    public async Task StaffCorrectsAnIndicatorsTarget_AStaleFormIsAConflict_AndABadTargetIsRefused()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var created = await Service(scope).DefineAsync("prev", new IndicatorForm
        {
            NameEn = $"Prevention guides used {Guid.NewGuid():N}", NameFr = "Guides de prévention utilisés", Unit = "Count",
            Baseline = "0", BaselineDate = "2018-01-01", Target = "10", TargetDate = "2020-12-31",
        });
        var loaded = (await Service(scope).GetObjectiveAsync("prev")).Objective!.Indicators.Single(i => i.Id == created.Current!.Id);
        var first = IndicatorForm.For(loaded);
        var stale = IndicatorForm.For(loaded);
        first.Target = "12";
        first.Reason = "Two more guides were commissioned.";
        stale.Target = "15";
        stale.Reason = "Five more guides.";

        var corrected = await Service(scope).RedefineAsync(loaded.Id, first);
        var conflict = await Service(scope).RedefineAsync(loaded.Id, stale);
        var current = (await Service(scope).GetObjectiveAsync("prev")).Objective!.Indicators.Single(i => i.Id == loaded.Id);
        var negative = IndicatorForm.For(current);
        negative.Target = "-3";
        negative.Reason = "Typo.";
        var refused = await Service(scope).RedefineAsync(loaded.Id, negative);

        Assert.Equal(ChangeOutcome.Saved, corrected.Outcome);
        Assert.Equal(ChangeOutcome.Conflict, conflict.Outcome);
        Assert.Equal(ChangeOutcome.Invalid, refused.Outcome);
        Assert.True(refused.Errors.ContainsKey(nameof(IndicatorForm.Target)));
        Assert.Equal(12m, (await Service(scope).GetObjectiveAsync("prev")).Objective!.Indicators.Single(i => i.Id == loaded.Id).Target);
    }

    [Fact]
    public async Task MovingATargetWithoutAReason_IsRefusedOnTheReason_AndWithOneTheOldAndNewFiguresAreKeptWithTheUser()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var created = await Service(scope).DefineAsync("a", new IndicatorForm
        {
            NameEn = $"Joint plans {Guid.NewGuid():N}", NameFr = "Plans conjoints", Unit = "Count",
            Baseline = "0", BaselineDate = "2018-01-01", Target = "4", TargetDate = "2020-12-31",
            MethodEn = "Plans signed by both sectors.", MethodFr = "Plans signés par les deux secteurs.", Frequency = "HalfYearly",
            Milestones = [new MilestoneRow { Date = "2019-12-31", Value = "2" }, new MilestoneRow()],
        });
        Assert.Equal(ChangeOutcome.Saved, created.Outcome);
        var form = IndicatorForm.For(created.Current!);
        form.Target = "6";

        var refused = await Service(scope).RedefineAsync(created.Current!.Id, form);
        form.Reason = "Two more sectors joined.";
        var saved = await Service(scope).RedefineAsync(created.Current!.Id, form);

        Assert.Equal(ChangeOutcome.Invalid, refused.Outcome);
        Assert.True(refused.Errors.ContainsKey(nameof(IndicatorForm.Reason)));
        Assert.Equal(ChangeOutcome.Saved, saved.Outcome);
        Assert.Equal([new Milestone(new DateOnly(2019, 12, 31), 2)], saved.Current!.Milestones);
        Assert.Equal(ReportingFrequency.HalfYearly, saved.Current.Definition.Frequency);
        var page = await scope.ServiceProvider.GetRequiredService<ObjectiveService>().GetObjectiveAsync("a");
        var change = Assert.Single(page!.Indicators.Single(i => i.Id == created.Current.Id).Rebaselines);
        Assert.Equal((4m, 6m, "Two more sectors joined.", Today), (change.OldTarget, change.NewTarget, change.Reason, change.ChangedOn));
        Assert.False(string.IsNullOrWhiteSpace(change.ChangedBy));
    }

    [Fact]
    public async Task TheSecretariat_PreparesADraftPlansIndicators_ButNotAClosedPlans()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var form = new IndicatorForm
        {
            NameEn = $"Children consulted {Guid.NewGuid():N}", NameFr = "Enfants consultés", Unit = "Count",
            Baseline = "0", BaselineDate = "2021-07-01", Target = "5000", TargetDate = "2025-12-31",
        };

        var draft = await Service(scope).DefineAsync("1", form, "2021-2025");
        var unknownInForce = await Service(scope).DefineAsync("1", form);
        var (_, objective) = await Service(scope).GetObjectiveAsync("1", "2021-2025");

        Assert.Equal(ChangeOutcome.Saved, draft.Outcome);
        Assert.Equal(ChangeOutcome.NotFound, unknownInForce.Outcome);
        Assert.Contains(objective!.Indicators, i => i.Id == draft.Current!.Id);
        await using var db = Db();
        Assert.Equal(2021, await db.Indicators.Where(i => i.Id == draft.Current!.Id).Select(i => i.Objective.Plan.StartYear).SingleAsync());
        Assert.Equal(ChangeOutcome.NotFound, (await Service(scope).DefineAsync("A", form, "2018-2020")).Outcome);
    }

    [Fact]
    public async Task AMethodInOneLanguage_AndAMilestoneWithABadDate_AreRefusedWithMessages_AndNothingIsSaved()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var name = $"Joint plans {Guid.NewGuid():N}";
        var halfMethod = new IndicatorForm
        {
            NameEn = name, NameFr = "Plans conjoints", Unit = "Count", Baseline = "0", BaselineDate = "2018-01-01", Target = "4", TargetDate = "2020-12-31",
            MethodEn = "Plans signed by both sectors.",
        };
        var badMilestone = new IndicatorForm
        {
            NameEn = name, NameFr = "Plans conjoints", Unit = "Count", Baseline = "0", BaselineDate = "2018-01-01", Target = "4", TargetDate = "2020-12-31",
            Milestones = [new MilestoneRow { Date = "31/12/2019", Value = "2" }],
        };
        var lateMilestone = new IndicatorForm
        {
            NameEn = name, NameFr = "Plans conjoints", Unit = "Count", Baseline = "0", BaselineDate = "2018-01-01", Target = "4", TargetDate = "2020-12-31",
            Milestones = [new MilestoneRow { Date = "2021-06-30", Value = "2" }],
        };

        var first = await Service(scope).DefineAsync("a", halfMethod);
        var second = await Service(scope).DefineAsync("a", badMilestone);
        var third = await Service(scope).DefineAsync("a", lateMilestone);

        Assert.Equal(ChangeOutcome.Invalid, first.Outcome);
        Assert.True(first.Errors.ContainsKey(nameof(IndicatorForm.MethodFr)));
        Assert.Equal(ChangeOutcome.Invalid, second.Outcome);
        Assert.True(second.Errors.ContainsKey(IndicatorForm.MilestoneInput(0, value: false)));
        Assert.Equal(ChangeOutcome.Invalid, third.Outcome);
        Assert.Contains("2021", third.Errors[nameof(IndicatorForm.Milestones)], StringComparison.Ordinal);
        await using var db = Db();
        Assert.False(await db.Indicators.AnyAsync(i => i.NameEn == name));
    }

    [Theory]
    [InlineData("lead@alliance.test")]
    [InlineData("member@alliance.test")]
    public async Task CorrectingAnIndicator_IsRefusedToLeadsAndMembers(string email)
    {
        IndicatorForm form;
        int id;
        await using (var staff = await portal.ScopeForUserAsync(Secretariat))
        {
            var indicator = (await Service(staff).GetObjectiveAsync("a")).Objective!.Indicators.First(i => !i.IsComputed);
            (form, id) = (IndicatorForm.For(indicator), indicator.Id);
        }
        form.Target = "99";
        await using var scope = await portal.ScopeForUserAsync(email, new Claim(ClaimTypes.Role, AllianceRoles.Secretariat));

        var result = await Service(scope).RedefineAsync(id, form);

        Assert.Equal(ChangeOutcome.Refused, result.Outcome);
        await using var check = await portal.ScopeForUserAsync(Secretariat);
        Assert.NotEqual(99m, (await Service(check).GetObjectiveAsync("a")).Objective!.Indicators.Single(i => i.Id == id).Target);
    }

    [Fact]
    public async Task APercentTargetAboveHundred_IsRefusedWithAMessageOnTheTarget()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var form = new IndicatorForm { NameEn = "Share", NameFr = "Part", Unit = "Percent", Baseline = "10", BaselineDate = "2018-01-01", Target = "120", TargetDate = "2020-12-31" };

        var result = await Service(scope).DefineAsync("b", form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal("Target is a percentage and must be between 0 and 100.", result.Errors[nameof(IndicatorForm.Target)]);
    }

    [Theory]
    [InlineData("lead@alliance.test")]
    [InlineData("member@alliance.test")]
    public async Task LeadAndMember_AreRefused_EvenWithAForgedRole_AndNothingChanges(string email)
    {
        int indicatorId;
        Guid version;
        await using (var staff = await portal.ScopeForUserAsync(Secretariat))
        {
            var indicator = await RecordedIndicatorAsync(staff, "A");
            (indicatorId, version) = (indicator.Id, indicator.Version);
        }
        await using var scope = await portal.ScopeForUserAsync(email, new Claim(ClaimTypes.Role, AllianceRoles.Secretariat), new Claim(ClaimTypes.Role, AllianceRoles.Administrator));
        var (values, indicators) = (await ValueCountAsync(), await IndicatorCountAsync());

        var (access, objective) = await Service(scope).GetObjectiveAsync("a");
        var recorded = await Service(scope).RecordValueAsync(indicatorId, new IndicatorValueForm { Date = "2020-06-30", Value = "3", Version = version });
        var defined = await Service(scope).DefineAsync("a", new IndicatorForm { NameEn = "x", NameFr = "x", Unit = "Count", Baseline = "0", BaselineDate = "2018-01-01", Target = "1", TargetDate = "2020-12-31" });

        Assert.Equal((FormAccess.Forbidden, (ManagedObjective?)null), (access, objective));
        Assert.Equal(ChangeOutcome.Refused, recorded.Outcome);
        Assert.Equal(ChangeOutcome.Refused, defined.Outcome);
        Assert.Equal("Only the secretariat and administrators can manage indicators.", recorded.Errors[""]);
        Assert.Equal((values, indicators), (await ValueCountAsync(), await IndicatorCountAsync()));
    }

    [Fact]
    public async Task UnknownObjectiveOrIndicator_IsNotFound()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        Assert.Equal(FormAccess.NotFound, (await Service(scope).GetObjectiveAsync("zz")).Access);
        Assert.Equal(ChangeOutcome.NotFound, (await Service(scope).RecordValueAsync(999999, new IndicatorValueForm { Date = "2020-01-01", Value = "1" })).Outcome);
    }

    [Theory]
    [InlineData("lead@alliance.test")]
    [InlineData("member@alliance.test")]
    public async Task ManagePage_RedirectsOthersToAccessDenied(string email)
    {
        var client = await portal.SignedInClientAsync(email);

        var response = await client.GetAsync("/objectives/a/indicators");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagePage_ListsBothKindsOfIndicator_AndOffersRecordingForRecordedOnes()
    {
        var client = await portal.SignedInClientAsync(Secretariat);

        var page = await client.GetDocumentAsync("/objectives/c/indicators");

        Assert.Equal("Manage indicators", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='objectives/c']"));
        var rows = page.QuerySelectorAll("table.managed-indicators tbody tr").ToList();
        Assert.Equal(5, rows.Count);
        // Every indicator can be corrected; only the recorded one takes values by hand.
        Assert.All(rows, r => Assert.Contains(r.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Edit"));
        Assert.Single(rows, r => r.QuerySelectorAll("button").Length == 2);
        Assert.Equal(4, rows.Count(r => r.TextContent.Contains("Computed: nothing to record by hand.", StringComparison.Ordinal)));
        var unknown = await client.GetDocumentAsync("/objectives/zz/indicators");
        Assert.Contains("There is no objective with this code in the current plan.", unknown.Body!.TextContent, StringComparison.Ordinal);
    }

    private static IndicatorAdministrationService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IndicatorAdministrationService>();

    private static async Task<ManagedIndicator> RecordedIndicatorAsync(AsyncServiceScope scope, string code)
    {
        var (_, objective) = await Service(scope).GetObjectiveAsync(code);
        return objective!.Indicators.First(i => !i.IsComputed);
    }

    private AllianceDbContext Db() => portal.ArrangeDb();

    private async Task<int> ValueCountAsync()
    {
        await using var db = Db();
        return await db.IndicatorValues.CountAsync();
    }

    private async Task<int> ValuesOfAsync(int indicatorId)
    {
        await using var db = Db();
        return await db.IndicatorValues.CountAsync(v => v.IndicatorId == indicatorId);
    }

    private async Task<int> IndicatorCountAsync()
    {
        await using var db = Db();
        return await db.Indicators.CountAsync();
    }
}
