namespace PodConnect.Health;

/// <summary>Where a metric's forecast stands against its limit.</summary>
public enum HealthState
{
    /// <summary>Comfortably inside the limit.</summary>
    Healthy = 0,

    /// <summary>Close to the limit: at or above the warning share of it, or too little headroom left.</summary>
    Near = 1,

    /// <summary>Past the limit.</summary>
    Over = 2,
}
