namespace Alliance.Web.Components.Shared.Charts;

/// <summary>One point of a <see cref="LineChart"/>: a value at a date, and the text its tooltip shows.</summary>
public sealed record LinePoint(DateOnly Date, double Value, string Label);
