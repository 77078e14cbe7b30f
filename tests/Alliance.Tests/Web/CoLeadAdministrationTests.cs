using System.Globalization;
using Alliance.Tests.Support;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.Workplans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>The secretariat records a co-lead handover, through the service as each role. On its own portal: it changes co-leads.</summary>
public sealed class CoLeadAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static CoLeadAdministrationService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CoLeadAdministrationService>();

    [Fact]
    public async Task TheSecretariat_HandsOverACoLead_TheGroupPageShowsTheRotation_AndAStaleDeskIsAConflict()
    {
        await using var scope = await portal.ScopeForUserAsync("secretariat@alliance.test");
        var (_, before) = await Service(scope).GetAsync("unaccompanied-separated");
        var outgoing = before!.Current[0];
        var incoming = before.Candidates.First(c => c.Name == "Somali Child Protection Alliance");
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        var form = new HandoverForm
        {
            From = outgoing.OrganisationId.ToString(CultureInfo.InvariantCulture), To = incoming.OrganisationId.ToString(CultureInfo.InvariantCulture),
            On = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Version = before.Version,
        };

        var saved = await Service(scope).HandOverAsync("unaccompanied-separated", form);
        var stale = await Service(scope).HandOverAsync("unaccompanied-separated", form);
        var future = await Service(scope).HandOverAsync("unaccompanied-separated", new HandoverForm
        {
            From = incoming.OrganisationId.ToString(CultureInfo.InvariantCulture), To = outgoing.OrganisationId.ToString(CultureInfo.InvariantCulture),
            On = "2099-01-01", Version = saved.Current!.Version,
        });

        Assert.Equal(ChangeOutcome.Saved, saved.Outcome);
        Assert.Contains(saved.Current!.Current, c => c.OrganisationId == incoming.OrganisationId && c.Since == day);
        Assert.DoesNotContain(saved.Current.Current, c => c.OrganisationId == outgoing.OrganisationId);
        Assert.Equal(ChangeOutcome.Conflict, stale.Outcome);
        Assert.Equal(ChangeOutcome.Invalid, future.Outcome);
        Assert.True(future.Errors.ContainsKey(nameof(HandoverForm.On)));
        var page = await (await portal.SignedInClientAsync("member@alliance.test")).GetDocumentAsync("/working-groups/unaccompanied-separated");
        Assert.Contains("SCPA", page.Body!.TextContent, StringComparison.Ordinal);
        await using var db = portal.ArrangeDb();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "hand over a co-lead of group unaccompanied-separated"));
    }

    [Theory]
    [InlineData("lead@alliance.test")]
    [InlineData("member@alliance.test")]
    public async Task LeadsAndMembers_CannotHandOverACoLead(string email)
    {
        await using var scope = await portal.ScopeForUserAsync(email);

        var result = await Service(scope).HandOverAsync("cpms", new HandoverForm { From = "1", To = "2", On = "2020-01-01" });

        Assert.Equal(ChangeOutcome.Refused, result.Outcome);
    }
}
