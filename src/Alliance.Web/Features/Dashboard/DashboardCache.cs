namespace Alliance.Web.Features.Dashboard;

/// <summary>
/// The dashboard's figures, kept in memory per filter and day until anything the portal records
/// is saved (<see cref="DashboardCacheInvalidator"/>). Most members only read: their visits cost
/// no query until someone changes something. One instance per portal process; with several
/// instances, each keeps its own copy and drops it on its own saves only (see docs/performance.md).
/// </summary>
public sealed class DashboardCache
{
    private readonly Dictionary<(DashboardFilter Filter, DateOnly Day), DashboardView?> _views = [];
    private readonly Lock _gate = new();
    private long _generation;

    public async Task<DashboardView?> GetOrLoadAsync(DashboardFilter filter, DateOnly today, Func<Task<DashboardView?>> load)
    {
        long generation;
        lock (_gate)
        {
            if (_views.TryGetValue((filter, today), out var cached))
            {
                return cached;
            }
            generation = _generation;
        }
        var view = await load();
        lock (_gate)
        {
            // Kept only if nothing was saved while it loaded, so a stale view never outlives a save;
            // and only for filters the portal knows, so that made-up addresses cannot fill memory.
            if (generation == _generation && (view is null || view.Filter == filter))
            {
                _views[(filter, today)] = view;
            }
        }
        return view;
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _views.Clear();
        }
    }
}
