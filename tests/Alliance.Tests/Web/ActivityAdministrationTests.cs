using System.Globalization;
using System.Net;
using System.Security.Claims;
using Alliance.Data;
using Alliance.Domain.Accounts;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features;
using Alliance.Web.Features.Workplans;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alliance.Tests.Web;

/// <summary>The secretariat's management of a workplan's activities, through the service as each role, and the page's access rule.</summary>
[Collection(PortalCollection.Name)]
public sealed class ActivityAdministrationTests(PortalFactory portal)
{
    private const string Secretariat = "secretariat@alliance.test";
    private const string Lead = "lead@alliance.test";
    private const string Member = "member@alliance.test";

    [Theory]
    [InlineData(Secretariat)]
    [InlineData("admin@alliance.test")]
    public async Task StaffAddsAnActivityToCpms_AndItIsStoredAndListed(string email)
    {
        var title = UniqueTitle("Pilot the CPMS self-assessment tool");
        await using var scope = await portal.ScopeForUserAsync(email);
        var activities = Service(scope);

        var result = await activities.AddAsync("cpms", ValidForm(title, deliverable: "Self-assessment tool tested in 3 countries"));

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        await using var db = CreateContext();
        var stored = await db.Activities.Where(a => a.Title == title)
            .Select(a => new { a.Id, Group = a.Workplan.WorkingGroup.Slug, Objective = a.Objective.Code, Category = a.Category.Code, a.StartDate, a.DueDate, a.Deliverable, a.Status })
            .SingleAsync();
        Assert.Equal(result.Current!.Id, stored.Id);
        Assert.Equal(("cpms", "B", "evidence"), (stored.Group, stored.Objective, stored.Category));
        Assert.Equal((new DateOnly(2019, 2, 1), new DateOnly(2020, 6, 30)), (stored.StartDate, stored.DueDate));
        Assert.Equal("Self-assessment tool tested in 3 countries", stored.Deliverable);
        Assert.Equal(ActivityStatus.NotStarted, stored.Status);
        Assert.Contains(await ListAsync(activities), a => a.Title == title && !a.IsArchived);
        Assert.Contains((await PublicWorkplanAsync(scope)).Activities, a => a.Title == title);
    }

    [Fact]
    public async Task TextsWithOverridesAndControlCharacters_AreStoredWithoutThem_AndAnInvisiblyDifferentTitleIsADuplicate()
    {
        var title = UniqueTitle("Map local child-protection actors");
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var form = ValidForm("\u202E" + title.Insert(3, "\u200B\0"), deliverable: "Actor map\u2067 for 5\r\ncountries");
        form.Description = "Mapping in two phases:\r\n1. desk review\u0007\r2. interviews\u202E";

        var result = await Service(scope).AddAsync("cpms", form);
        var duplicate = await Service(scope).AddAsync("cpms", ValidForm(title.Insert(3, "\uFEFF")));

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        await using var db = CreateContext();
        var stored = await db.Activities.Where(a => a.Id == result.Current!.Id).Select(a => new { a.Title, a.Description, a.Deliverable }).SingleAsync();
        Assert.Equal((title, "Mapping in two phases:\n1. desk review\n2. interviews", "Actor map for 5 countries"), (stored.Title, stored.Description, stored.Deliverable));
        Assert.Equal(ChangeOutcome.Invalid, duplicate.Outcome);
        Assert.True(duplicate.Errors.ContainsKey(nameof(ActivityForm.Title)));
    }

    [Theory]
    [InlineData(Lead)]
    [InlineData(Member)]
    public async Task LeadAndMember_AreRefusedEveryChange_EvenWithAForgedRole_AndNothingChanges(string email)
    {
        var existing = await AddAsSecretariatAsync(UniqueTitle("Map CPMS focal points"));
        var archived = await AddAsSecretariatAsync(UniqueTitle("Archived CPMS review"));
        archived = await ArchiveAsSecretariatAsync(archived);
        var newTitle = UniqueTitle("Refused addition");
        await using var scope = await portal.ScopeForUserAsync(email, new Claim(ClaimTypes.Role, AllianceRoles.Secretariat));
        var activities = Service(scope);

        Assert.Equal(FormAccess.Forbidden, (await activities.GetWorkplanAsync("cpms")).Access);
        Assert.Equal(ChangeOutcome.Refused, (await activities.AddAsync("cpms", ValidForm(newTitle))).Outcome);
        var edit = ActivityForm.For(existing);
        edit.Title = UniqueTitle("Refused edit");
        Assert.Equal(ChangeOutcome.Refused, (await activities.EditAsync(existing.Id, edit)).Outcome);
        Assert.Equal(ChangeOutcome.Refused, (await activities.ArchiveAsync(existing.Id, existing.Version)).Outcome);
        Assert.Equal(ChangeOutcome.Refused, (await activities.RestoreAsync(archived.Id, archived.Version)).Outcome);

        await using var db = CreateContext();
        Assert.False(await db.Activities.AnyAsync(a => a.Title == newTitle));
        Assert.Equal(existing, await FindAsync(existing.Id));
        Assert.Equal(archived, await FindAsync(archived.Id));
    }

    [Fact]
    public async Task AnActivity_ServesCrossCuttingPriorities_BesidesItsMainObjective_AndAnEditKeepsOrChangesThem()
    {
        var title = UniqueTitle("Train national trainers on prevention");
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var activities = Service(scope);
        var form = ValidForm(title);
        form.ContributesTo = ["prev", " CAPACITY ", "PREV", "B"];

        var added = await activities.AddAsync("cpms", form);
        var edit = ActivityForm.For(added.Current!);
        edit.ContributesTo.Remove("CAPACITY");
        var edited = await activities.EditAsync(added.Current!.Id, edit);

        Assert.Equal(ChangeOutcome.Saved, added.Outcome);
        // The main objective's own box is never shown, so a code equal to it does not count.
        Assert.Equal(["PREV", "CAPACITY"], added.Current.ContributesTo);
        Assert.Equal(["PREV"], edited.Current!.ContributesTo);
        var workplan = (await activities.GetWorkplanAsync("cpms")).Workplan!;
        Assert.Equal(["PREV", "CAPACITY"], workplan.CrossCutting.Select(e => e.Code));
        var page = await (await portal.SignedInClientAsync(Member)).GetDocumentAsync($"/activities/{added.Current.Id}");
        Assert.Equal("Prevention", page.QuerySelector(".activity-contributions dd")!.TextContent);
    }

    [Theory]
    [InlineData("NOPE")]
    [InlineData("C")]
    public async Task AContributionThatIsNotACrossCuttingElementOfThePlan_GetsAMessage_AndNothingIsSaved(string code)
    {
        var title = UniqueTitle("Contribute to nothing");
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var form = ValidForm(title);
        form.ContributesTo = [code];

        var result = await Service(scope).AddAsync("cpms", form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.True(result.Errors.ContainsKey(nameof(ActivityForm.ContributesTo)));
        await using var db = CreateContext();
        Assert.False(await db.Activities.AnyAsync(a => a.Title == title));
    }

    [Fact]
    public async Task EditWithAStaleVersion_IsAConflict_AndTheFirstEditStays()
    {
        var loaded = await AddAsSecretariatAsync(UniqueTitle("Review the CPMS indicators"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var activities = Service(scope);
        var first = ActivityForm.For(loaded);
        first.Deliverable = "First editor's deliverable";
        var second = ActivityForm.For(loaded);
        second.Deliverable = "Second editor's deliverable";
        Assert.Equal(ChangeOutcome.Saved, (await activities.EditAsync(loaded.Id, first)).Outcome);
        // Input that is wrong whatever the activity's state is reported first, so the user fixes it once.
        var blankTitle = ActivityForm.For(loaded);
        blankTitle.Title = "";
        Assert.Equal(ChangeOutcome.Invalid, (await activities.EditAsync(loaded.Id, blankTitle)).Outcome);

        var result = await activities.EditAsync(loaded.Id, second);

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.Contains(loaded.Title, result.Errors[""], StringComparison.Ordinal);
        Assert.Equal("First editor's deliverable", result.Current!.Deliverable);
        Assert.Equal("First editor's deliverable", (await FindAsync(loaded.Id)).Deliverable);
    }

    [Fact]
    public async Task ArchiveWithAStaleVersion_IsAConflict_AndTheActivityStaysLive()
    {
        var loaded = await AddAsSecretariatAsync(UniqueTitle("Update the CPMS glossary"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var activities = Service(scope);
        var edit = ActivityForm.For(loaded);
        edit.Description = "Changed by someone else first.";
        Assert.True((await activities.EditAsync(loaded.Id, edit)).Succeeded);

        var result = await activities.ArchiveAsync(loaded.Id, loaded.Version);

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.False((await FindAsync(loaded.Id)).IsArchived);
    }

    public static TheoryData<string, string> InvalidForms => new()
    {
        { "empty title", nameof(ActivityForm.Title) },
        { "title too long", nameof(ActivityForm.Title) },
        { "duplicate title", nameof(ActivityForm.Title) },
        { "due before start", nameof(ActivityForm.DueDate) },
        { "unknown objective", nameof(ActivityForm.ObjectiveCode) },
        { "unknown category", nameof(ActivityForm.CategoryCode) },
        { "not a date", nameof(ActivityForm.StartDate) },
        { "no due date", nameof(ActivityForm.DueDate) },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task InvalidInput_GetsAMessageOnItsField_AndNothingIsSaved(string problem, string field)
    {
        var form = ValidForm(UniqueTitle("Invalid"));
        Break(form, problem);
        var before = await CountCpmsActivitiesAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AddAsync("cpms", form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Errors.GetValueOrDefault(field)), $"No message on {field}: {string.Join(", ", result.Errors.Keys)}");
        Assert.Equal(before, await CountCpmsActivitiesAsync());
    }

    [Fact]
    public async Task EmptyForm_GetsEveryMessageAtOnce()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AddAsync("cpms", new ActivityForm());

        Assert.Equal(
            [nameof(ActivityForm.CategoryCode), nameof(ActivityForm.DueDate), nameof(ActivityForm.ObjectiveCode), nameof(ActivityForm.StartDate), nameof(ActivityForm.Title)],
            result.Errors.Keys.Order());
    }

    [Fact]
    public async Task InvalidEdit_ChangesNothing_AndMessagesAreInFrenchForAFrenchUser()
    {
        var loaded = await AddAsSecretariatAsync(UniqueTitle("Translate the CPMS summary"));
        var form = ActivityForm.For(loaded);
        form.Title = "  ";
        form.DueDate = "2018-12-31";
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            await using var scope = await portal.ScopeForUserAsync(Secretariat);

            var result = await Service(scope).EditAsync(loaded.Id, form);

            Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
            Assert.Equal("Titre : ce champ est obligatoire.", result.Errors[nameof(ActivityForm.Title)]);
            Assert.Equal("Échéance ne peut pas précéder Date de début.", result.Errors[nameof(ActivityForm.DueDate)]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
        Assert.Equal(loaded, await FindAsync(loaded.Id));
    }

    [Fact]
    public async Task Archive_HidesTheActivityFromTheWorkplan_ButKeepsItsProgressHistory()
    {
        var activity = await AddAsSecretariatAsync(UniqueTitle("Run a CPMS webinar series"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        await RecordProgressAsync(scope, activity.Id, "Two webinars held with 300 participants.");
        activity = await FindAsync(activity.Id);

        var result = await Service(scope).ArchiveAsync(activity.Id, activity.Version);

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        Assert.DoesNotContain((await PublicWorkplanAsync(scope)).Activities, a => a.Id == activity.Id);
        Assert.Contains(await ListAsync(Service(scope)), a => a.Id == activity.Id && a.IsArchived);
        await using var db = CreateContext();
        Assert.Equal(["Two webinars held with 300 participants."],
            await db.ProgressUpdates.Where(u => u.ActivityId == activity.Id).Select(u => u.Narrative).ToListAsync());
    }

    [Fact]
    public async Task Restore_BringsTheActivityBackToTheWorkplan()
    {
        var activity = await ArchiveAsSecretariatAsync(await AddAsSecretariatAsync(UniqueTitle("Document CPMS case studies")));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        Assert.DoesNotContain((await PublicWorkplanAsync(scope)).Activities, a => a.Id == activity.Id);

        var result = await Service(scope).RestoreAsync(activity.Id, activity.Version);

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        Assert.Contains((await PublicWorkplanAsync(scope)).Activities, a => a.Id == activity.Id);
        Assert.False((await FindAsync(activity.Id)).IsArchived);
    }

    [Fact]
    public async Task Restore_IsRefused_WhenALiveActivityHasTakenItsTitle()
    {
        var title = UniqueTitle("Hold a CPMS learning event");
        var archived = await ArchiveAsSecretariatAsync(await AddAsSecretariatAsync(title));
        await AddAsSecretariatAsync(title);
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).RestoreAsync(archived.Id, archived.Version);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Contains(title, result.Errors[""], StringComparison.Ordinal);
        Assert.True((await FindAsync(archived.Id)).IsArchived);
    }

    [Fact]
    public async Task AddOfATitleThatSomeoneAddsMeanwhile_IsRefused_AndOnlyOneIsSaved()
    {
        var title = UniqueTitle("Simultaneous addition");
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var raced = RacedService(scope, async () =>
        {
            await using var other = await portal.ScopeForUserAsync("admin@alliance.test");
            Assert.True((await Service(other).AddAsync("cpms", ValidForm(title))).Succeeded);
        });

        var result = await raced.AddAsync("cpms", ValidForm(title));

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Contains(title, result.Errors[nameof(ActivityForm.Title)], StringComparison.Ordinal);
        await using var db = CreateContext();
        Assert.Equal(1, await db.Activities.CountAsync(a => a.Title == title));
    }

    [Fact]
    public async Task EditSavedBySomeoneElseBetweenReadAndWrite_IsAConflict_AndTheirEditStays()
    {
        var loaded = await AddAsSecretariatAsync(UniqueTitle("Collect CPMS field examples"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var raced = RacedService(scope, async () =>
        {
            await using var other = await portal.ScopeForUserAsync("admin@alliance.test");
            var theirs = ActivityForm.For(loaded);
            theirs.Deliverable = "Their deliverable";
            Assert.True((await Service(other).EditAsync(loaded.Id, theirs)).Succeeded);
        });
        var mine = ActivityForm.For(loaded);
        mine.Deliverable = "My deliverable";

        var result = await raced.EditAsync(loaded.Id, mine);

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.Equal("Their deliverable", (await FindAsync(loaded.Id)).Deliverable);
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(Lead)]
    public async Task ManagePage_RedirectsOthersToAccessDenied(string email)
    {
        var client = await portal.SignedInClientAsync(email);

        var response = await client.GetAsync("/working-groups/cpms/manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagePage_ListsTheGroupsActivities_ForTheSecretariat()
    {
        var archived = await ArchiveAsSecretariatAsync(await AddAsSecretariatAsync(UniqueTitle("Listed although archived")));
        var client = await portal.SignedInClientAsync(Secretariat);

        var page = await client.GetDocumentAsync("/working-groups/cpms/manage");

        Assert.Equal("Manage activities", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='working-groups/cpms']"));
        var rows = page.QuerySelectorAll("table.managed-activities tbody tr").ToList();
        Assert.Contains(rows, r => r.TextContent.Contains("Revise the Child Protection Minimum Standards (2019 edition)", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.GetAttribute("data-activity-id") == archived.Id.ToString(CultureInfo.InvariantCulture) && r.ClassList.Contains("archived"));
    }

    private static void Break(ActivityForm form, string problem)
    {
        switch (problem)
        {
            case "empty title": form.Title = " "; break;
            case "title too long": form.Title = new string('x', Activity.TitleMaxLength + 1); break;
            case "duplicate title": form.Title = "revise the child protection minimum standards (2019 edition)"; break;
            case "due before start": form.DueDate = "2019-01-31"; break;
            case "unknown objective": form.ObjectiveCode = "Z"; break;
            case "unknown category": form.CategoryCode = "gardening"; break;
            case "not a date": form.StartDate = "the first of February"; break;
            case "no due date": form.DueDate = ""; break;
            default: throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }
    }

    private static ActivityForm ValidForm(string title, string? deliverable = null) => new()
    {
        Title = title,
        Description = "Added by a test.",
        ObjectiveCode = "B",
        CategoryCode = "evidence",
        StartDate = "2019-02-01",
        DueDate = "2020-06-30",
        Deliverable = deliverable,
    };

    private static string UniqueTitle(string title) => $"{title} ({Guid.NewGuid():N})";

    private static ActivityAdministrationService Service(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ActivityAdministrationService>();

    private static async Task<IReadOnlyList<ManagedActivity>> ListAsync(ActivityAdministrationService activities)
    {
        var (access, workplan) = await activities.GetWorkplanAsync("cpms");
        Assert.Equal(FormAccess.Allowed, access);
        return workplan!.Activities;
    }

    private static async Task<GroupWorkplan> PublicWorkplanAsync(AsyncServiceScope scope) =>
        (await scope.ServiceProvider.GetRequiredService<WorkplanService>().GetGroupWorkplanAsync("cpms", WorkplanFilter.None))!;

    private async Task<ManagedActivity> AddAsSecretariatAsync(string title)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var result = await Service(scope).AddAsync("cpms", ValidForm(title));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        return await FindAsync(result.Current!.Id);
    }

    private async Task<ManagedActivity> ArchiveAsSecretariatAsync(ManagedActivity activity)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        Assert.True((await Service(scope).ArchiveAsync(activity.Id, activity.Version)).Succeeded);
        return await FindAsync(activity.Id);
    }

    private async Task<ManagedActivity> FindAsync(int id)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        return (await ListAsync(Service(scope))).Single(a => a.Id == id);
    }

    private static async Task RecordProgressAsync(AsyncServiceScope scope, int activityId, string narrative)
    {
        var progress = scope.ServiceProvider.GetRequiredService<ProgressUpdateService>();
        var (_, context) = await progress.GetFormAsync(activityId);
        var result = await progress.RecordAsync(activityId, new ProgressForm
        {
            Status = nameof(ActivityStatus.OnTrack), PercentComplete = "10", Narrative = narrative,
            LastSeenUpdateId = context!.LastUpdateId, SubmissionId = Guid.NewGuid(),
        });
        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
    }

    private async Task<int> CountCpmsActivitiesAsync()
    {
        await using var db = CreateContext();
        return await db.Activities.CountAsync(a => a.Workplan.WorkingGroup.Slug == "cpms");
    }

    private static ActivityAdministrationService RacedService(AsyncServiceScope scope, Func<Task> competitor) =>
        RacedServices.WithCompetitorBeforeFirstSave<ActivityAdministrationService>(scope, competitor);

    private AllianceDbContext CreateContext() =>
        portal.ArrangeDb();
}
