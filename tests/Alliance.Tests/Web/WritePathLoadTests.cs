using System.Collections.Concurrent;
using Alliance.Data;
using Alliance.Data.Auditing;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.Workplans;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>
/// The write path under load, on a real SQLite file: 20 leads make 50 progress updates each at
/// once, a fifth of them on four activities they share. Every attempt is accounted for, every
/// accepted one has exactly one audit entry, and each activity ends as its last accepted update says.
/// </summary>
public sealed class WritePathLoadTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Leads = 20;
    private const int ChangesEach = 50;
    private const string Password = "quarry-saffron-beacon-2026";
    private readonly PortalFactory _portal = new();

    [Fact]
    public async Task TwentyLeads_FiftyChangesEach_InParallel_EveryChangeAccountedFor_AndAuditedOnce()
    {
        var leads = await NewLeadsAsync();
        var own = new List<int>();
        for (var n = 0; n < Leads; n++)
        {
            own.Add(await _portal.NewActivityAsync("cpms"));
        }
        var shared = new List<int>();
        for (var n = 0; n < 4; n++)
        {
            shared.Add(await _portal.NewActivityAsync("cpms"));
        }
        var outcomes = new ConcurrentBag<ChangeOutcome>();
        var accepted = new ConcurrentBag<Guid>();

        await Task.WhenAll(Enumerable.Range(0, Leads).Select(lead => Task.Run(async () =>
        {
            for (var i = 0; i < ChangesEach; i++)
            {
                var activity = i % 5 == 0 ? shared[(lead + i) % shared.Count] : own[lead];
                await using var scope = await _portal.ScopeForUserAsync(leads[lead]);
                var progress = scope.ServiceProvider.GetRequiredService<ProgressUpdateService>();
                var (_, context) = await progress.GetFormAsync(activity);
                var form = new ProgressForm
                {
                    Status = "OnTrack",
                    PercentComplete = ((lead + i) % 99).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    // One change in ten forgets its narrative: refused as invalid.
                    Narrative = i % 10 == 3 ? "" : $"Lead {lead}, change {i}.",
                    DecreaseExplained = true,
                    LastSeenUpdateId = context!.LastUpdateId,
                    SubmissionId = Guid.NewGuid(),
                };
                var result = await progress.RecordAsync(activity, form);
                outcomes.Add(result.Outcome);
                if (result.Succeeded)
                {
                    accepted.Add(form.SubmissionId);
                }
            }
        })));

        var counts = outcomes.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        var described = string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}"));
        output.WriteLine($"{outcomes.Count} attempted: {described}");
        Assert.Equal(Leads * ChangesEach, outcomes.Count);
        Assert.True(counts.Keys.All(k => k is ChangeOutcome.Saved or ChangeOutcome.Conflict or ChangeOutcome.Invalid), described);
        Assert.Equal(Leads * ChangesEach / 10, counts.GetValueOrDefault(ChangeOutcome.Invalid));
        Assert.True(counts.GetValueOrDefault(ChangeOutcome.Conflict) > 0, $"the shared activities raced: {described}");

        await using var db = _portal.ArrangeDb();
        var activities = own.Concat(shared).ToList();
        var updates = await db.ProgressUpdates.AsNoTracking().Where(u => activities.Contains(u.ActivityId) && u.AuthorUserId != "seed")
            .Select(u => new { u.Id, u.ActivityId, u.SubmissionId, u.PercentComplete, u.Status }).ToListAsync();
        Assert.Equal(accepted.Order(), updates.Select(u => u.SubmissionId).Order());

        var keys = updates.Select(u => u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audited = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == "ProgressUpdate" && e.Kind == AuditKinds.Added && keys.Contains(e.EntityKey!))
            .GroupBy(e => e.EntityKey).Select(g => g.Count()).ToListAsync();
        Assert.Equal(updates.Count, audited.Count);
        Assert.All(audited, count => Assert.Equal(1, count));

        var final = await db.Activities.AsNoTracking().Where(a => activities.Contains(a.Id))
            .Select(a => new { a.Id, a.PercentComplete, a.Status }).ToListAsync();
        foreach (var activity in final)
        {
            var last = updates.Where(u => u.ActivityId == activity.Id).MaxBy(u => u.Id);
            if (last is not null)
            {
                Assert.Equal((last.PercentComplete, last.Status), (activity.PercentComplete, activity.Status));
            }
        }
    }

    private async Task<List<string>> NewLeadsAsync()
    {
        var emails = new List<string>();
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AllianceDbContext>().Actor = TestDatabaseExtensions.Arrangement;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var ids = new List<string>();
        for (var n = 0; n < Leads; n++)
        {
            var user = new ApplicationUser { Email = $"load.lead{n}@alliance.test", UserName = $"load.lead{n}@alliance.test", DisplayName = $"Load Lead {n}", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, AllianceRoles.WorkingGroupLead)).Succeeded);
            emails.Add(user.Email);
            ids.Add(user.Id);
        }
        await using var db = _portal.ArrangeDb();
        var group = await db.WorkingGroups.Include(g => g.Leads).SingleAsync(g => g.Slug == "cpms");
        foreach (var id in ids)
        {
            group.AddLead(id);
        }
        await db.SaveChangesAsync();
        return emails;
    }

    public void Dispose() => _portal.Dispose();
}
