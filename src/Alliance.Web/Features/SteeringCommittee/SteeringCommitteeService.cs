using Alliance.Data;
using Alliance.Domain.SteeringCommittee;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.SteeringCommittee;

/// <summary>
/// The steering committee as every signed-in user reads it: figures, seats and their histories,
/// all derived by the domain from the stored tenures on today's date.
/// </summary>
public sealed class SteeringCommitteeService(IDbContextFactory<AllianceDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<CommitteeOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seats = await LoadSeatsAsync(db, cancellationToken);
        var user = await currentUser.LoadAsync(db, cancellationToken);
        return Overview(seats, Today, user?.IsStaff == true);
    }

    /// <summary>The seats alone, for the downloads, and the day they describe.</summary>
    public async Task<(DateOnly Today, IReadOnlyList<SeatRow> Seats)> GetSeatsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = Today;
        return (today, (await LoadSeatsAsync(db, cancellationToken)).Select(seat => Row(seat, today)).ToList());
    }

    public static CommitteeOverview Overview(IReadOnlyList<SteeringCommitteeSeat> seats, DateOnly today, bool canManage)
    {
        var rows = seats.OrderBy(s => s.Number).Select(seat => Row(seat, today)).ToList();
        var vacancies = rows.Where(r => r.IsVacant)
            .Select(r => new Vacancy(r.Number, r.VacantSince, r.VacantSince is { } since ? today.DayNumber - since.DayNumber : null))
            .ToList();
        var figures = new CommitteeFigures(
            today, rows.Count, rows.Count(r => !r.IsVacant), vacancies,
            rows.Count(r => r.State == SeatState.HeldByLocalNationalOrRegional), LocalisationTarget.Assess(seats, today));
        return new CommitteeOverview(figures, rows, canManage);
    }

    public static SeatRow Row(SteeringCommitteeSeat seat, DateOnly today)
    {
        var current = seat.CurrentTenure(today);
        var incoming = seat.OpenTenure is { } open && open.StartDate > today ? Tenure(open) : null;
        var history = seat.Tenures.OrderByDescending(t => t.StartDate).Select(Tenure).ToList();
        return new SeatRow(seat.Number, current is null ? null : Tenure(current), seat.VacantSince(today), seat.TermEndsWithin(today), incoming, history);
    }

    internal static async Task<List<SteeringCommitteeSeat>> LoadSeatsAsync(AllianceDbContext db, CancellationToken cancellationToken) =>
        // 21 seats and their tenures: small enough to load whole and let the domain derive vacancy.
        await db.SteeringCommitteeSeats.AsNoTracking()
            .Include(s => s.Tenures).ThenInclude(t => t.Organisation)
            .OrderBy(s => s.Number)
            .ToListAsync(cancellationToken);

    private DateOnly Today => clock.Today();

    private static TenureRow Tenure(SeatTenure tenure) =>
        new(SeatHolder.Of(tenure.Organisation), tenure.RepresentativeName, tenure.StartDate, tenure.TermEndsOn, tenure.EndedOn);
}
