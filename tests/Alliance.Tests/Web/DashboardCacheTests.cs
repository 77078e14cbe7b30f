using Alliance.Domain.Plans;
using Alliance.Web.Features.Dashboard;

namespace Alliance.Tests.Web;

public sealed class DashboardCacheTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task SecondVisit_IsServedFromMemory()
    {
        var cache = new DashboardCache();
        var loads = 0;

        await cache.GetOrLoadAsync(DashboardFilter.None, Today, () => Load(ref loads, DashboardFilter.None));
        await cache.GetOrLoadAsync(DashboardFilter.None, Today, () => Load(ref loads, DashboardFilter.None));

        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task AfterASave_TheNextVisitLoadsAgain()
    {
        var cache = new DashboardCache();
        var loads = 0;
        await cache.GetOrLoadAsync(DashboardFilter.None, Today, () => Load(ref loads, DashboardFilter.None));

        cache.Invalidate();
        await cache.GetOrLoadAsync(DashboardFilter.None, Today, () => Load(ref loads, DashboardFilter.None));

        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task AViewLoadedWhileSomethingWasSaved_IsNotKept()
    {
        var cache = new DashboardCache();
        var loads = 0;

        await cache.GetOrLoadAsync(DashboardFilter.None, Today, () =>
        {
            cache.Invalidate();
            return Load(ref loads, DashboardFilter.None);
        });
        await cache.GetOrLoadAsync(DashboardFilter.None, Today, () => Load(ref loads, DashboardFilter.None));

        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task UnknownFilterValues_AreNotKept()
    {
        var cache = new DashboardCache();
        var loads = 0;
        var madeUp = new DashboardFilter("no-such-group", null);

        await cache.GetOrLoadAsync(madeUp, Today, () => Load(ref loads, DashboardFilter.None));
        await cache.GetOrLoadAsync(madeUp, Today, () => Load(ref loads, DashboardFilter.None));

        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task ANewDay_LoadsAgain()
    {
        var cache = new DashboardCache();
        var loads = 0;

        await cache.GetOrLoadAsync(DashboardFilter.None, Today, () => Load(ref loads, DashboardFilter.None));
        await cache.GetOrLoadAsync(DashboardFilter.None, Today.AddDays(1), () => Load(ref loads, DashboardFilter.None));

        Assert.Equal(2, loads);
    }

    /// <summary>A minimal view: the cache only looks at its filter.</summary>
    private static Task<DashboardView?> Load(ref int loads, DashboardFilter servedFilter)
    {
        loads++;
        return Task.FromResult<DashboardView?>(new DashboardView(
            new LocalizedText("Plan", "Plan"), 2018, 2020, Today, servedFilter, [], [], [], [], null!, 0, [], []));
    }
}
