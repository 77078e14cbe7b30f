using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.SteeringCommittee;

/// <summary>
/// The steering committee as every signed-in user reads it: figures, seats and their histories,
/// all derived by the domain from the stored tenures on today's date, or as they stood on a past day.
/// </summary>
public sealed class SteeringCommitteeService(IDbContextFactory<AllianceDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The committee today, or on <paramref name="on"/> (a past day): then nothing later is shown, and nothing can be managed.</summary>
    public async Task<CommitteeOverview> GetOverviewAsync(DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seats = await LoadSeatsAsync(db, cancellationToken);
        var commitments = await LoadSeatCommitmentsAsync(db, cancellationToken);
        if (on is { } day && day < Today)
        {
            return Overview(seats, commitments, day, canManage: false, asOf: true);
        }
        var user = await currentUser.LoadAsync(db, cancellationToken);
        return Overview(seats, commitments, Today, user?.IsStaff == true);
    }

    /// <summary>The seats alone, for the downloads, and the day they describe.</summary>
    public async Task<(DateOnly Today, IReadOnlyList<SeatRow> Seats)> GetSeatsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = Today;
        return (today, (await LoadSeatsAsync(db, cancellationToken)).Select(seat => Row(seat, today)).ToList());
    }

    public static CommitteeOverview Overview(IReadOnlyList<SteeringCommitteeSeat> seats, IReadOnlyList<CommitmentRow> seatCommitments, DateOnly today,
        bool canManage, bool asOf = false)
    {
        var rows = seats.OrderBy(s => s.Number).Select(seat => Row(seat, today, asOf)).ToList();
        var vacancies = rows.Where(r => r.IsVacant)
            .Select(r => new Vacancy(r.Number, r.VacantSince, r.VacantSince is { } since ? today.DayNumber - since.DayNumber : null))
            .ToList();
        var figures = new CommitteeFigures(
            today, rows.Count, rows.Count(r => !r.IsVacant), vacancies,
            rows.Count(r => r.State == SeatState.HeldByLocalNationalOrRegional),
            seatCommitments.Select(c => c.Assess(today, CommitmentData.OfSeats(seats))).ToList());
        return new CommitteeOverview(figures, rows, canManage, asOf ? today : null);
    }

    /// <summary>
    /// A seat on <paramref name="today"/>. As of a past day (<paramref name="asOf"/>) it is what was
    /// known to stand then: no tenure that started later, and a tenure ended later shown as still running.
    /// </summary>
    public static SeatRow Row(SteeringCommitteeSeat seat, DateOnly today, bool asOf = false)
    {
        var current = seat.CurrentTenure(today);
        var incoming = !asOf && seat.OpenTenure is { } open && open.StartDate > today ? Tenure(open) : null;
        var tenures = asOf ? seat.Tenures.Where(t => t.StartDate <= today) : seat.Tenures;
        var history = tenures.OrderByDescending(t => t.StartDate).Select(t => Tenure(t, asOf ? today : null)).ToList();
        return new SeatRow(seat.Number, current is null ? null : Tenure(current, asOf ? today : null), seat.VacantSince(today), seat.TermEndsWithin(today), incoming, history);
    }

    internal static async Task<List<SteeringCommitteeSeat>> LoadSeatsAsync(AllianceDbContext db, CancellationToken cancellationToken) =>
        // 21 seats and their tenures: small enough to load whole and let the domain derive vacancy.
        await db.SteeringCommitteeSeats.AsNoTracking()
            .Include(s => s.Tenures).ThenInclude(t => t.Organisation)
            .OrderBy(s => s.Number)
            .ToListAsync(cancellationToken);

    /// <summary>The plan in force's commitments on seats (decision 0017), assessed from the same tenures.</summary>
    internal static Task<List<CommitmentRow>> LoadSeatCommitmentsAsync(AllianceDbContext db, CancellationToken cancellationToken) =>
        CommitmentRow.OfCurrentPlanAsync(db, [CommitmentRule.VacantSeatsFilled], cancellationToken);

    private DateOnly Today => clock.Today();

    /// <summary>A tenure as it stood on <paramref name="asOf"/>: an end after that day had not happened yet.</summary>
    private static TenureRow Tenure(SeatTenure tenure, DateOnly? asOf = null) =>
        new(SeatHolder.Of(tenure.Organisation), tenure.RepresentativeName, tenure.StartDate, tenure.TermEndsOn,
            asOf is { } day && tenure.EndedOn > day ? null : tenure.EndedOn);
}
