using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.SteeringCommittee;

public sealed record SeatRow(
    int Number, string? Holder, OrganisationType? HolderType, OrganisationScope? HolderScope, string? Representative,
    DateOnly? TermStart, DateOnly? TermEnd, DateOnly? VacantSince, bool TermEndingSoon)
{
    public bool IsVacant => Holder is null;
}

public sealed class SteeringCommitteeService(IDbContextFactory<AllianceDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<SeatRow>> GetSeatsAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // 21 seats and their tenures: small enough to load whole and let the domain derive vacancy.
        var seats = await db.SteeringCommitteeSeats.AsNoTracking()
            .Include(s => s.Tenures).ThenInclude(t => t.Organisation)
            .OrderBy(s => s.Number)
            .ToListAsync(cancellationToken);
        return seats.Select(seat => ToRow(seat, today)).ToList();
    }

    private static SeatRow ToRow(SteeringCommitteeSeat seat, DateOnly today)
    {
        var current = seat.CurrentTenure(today);
        return new SeatRow(seat.Number, current?.Organisation.DisplayName, current?.Organisation.Type, current?.Organisation.Scope,
            current?.RepresentativeName, current?.StartDate, current?.TermEndsOn, seat.VacantSince(today), seat.TermEndsWithin(today));
    }
}
