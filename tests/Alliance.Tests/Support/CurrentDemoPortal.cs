namespace Alliance.Tests.Support;

/// <summary>A portal with the demo data as it ships: the 2021–2025 strategy in force, 2018–2020 closed with its results.</summary>
public sealed class CurrentDemoPortal : PortalFactory
{
    protected override string DemoPlanInForce => "2021-2025";
}
