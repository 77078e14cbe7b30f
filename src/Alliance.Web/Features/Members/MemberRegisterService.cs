using Alliance.Data;
using Alliance.Domain.Members;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Members;

public sealed record MemberRow(string Name, string? Acronym, OrganisationType Type, OrganisationScope Scope, string? CountryCode, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record MemberFigures(int Members, int LocalOrNational, int NewMembers, int NewLocalOrNational)
{
    public double NewLocalOrNationalShare => NewMembers == 0 ? 0 : 100.0 * NewLocalOrNational / NewMembers;
}

public sealed class MemberRegisterService(IDbContextFactory<AllianceDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<MemberRow>> GetMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new MemberRow(o.Name, o.Acronym, o.Type, o.Scope, o.CountryCode, o.JoinedOn, o.LeftOn))
            .ToListAsync(cancellationToken);
    }

    public async Task<MemberFigures> GetFiguresAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = db.Organisations.Where(o => o.JoinedOn <= today && (o.LeftOn == null || o.LeftOn > today));
        var launched = Membership.LaunchedOn;
        var figures = await current
            .GroupBy(_ => 1)
            .Select(g => new MemberFigures(
                g.Count(),
                g.Count(o => OrganisationScopes.LocalOrNational.Contains(o.Scope)),
                g.Count(o => o.JoinedOn >= launched),
                g.Count(o => o.JoinedOn >= launched && OrganisationScopes.LocalOrNational.Contains(o.Scope))))
            .SingleOrDefaultAsync(cancellationToken);
        return figures ?? new MemberFigures(0, 0, 0, 0);
    }
}
