using PodConnect.Calendars;
using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sla;
using PodConnect.Sustainability;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// The baseline: what a typical developer writes. LINQ over the facility list for every order, time
/// zones converted with <see cref="TimeZoneInfo"/>, production days counted with a day-by-day loop
/// over a per-country holiday <see cref="HashSet{T}"/>, candidates materialised and sorted with
/// OrderBy. Same policy as <see cref="RoutingPolicy.Default"/> (local, cost, CO2e, then id; a facility
/// that cannot deliver by the market's 5-business-day delivery deadline is not on time), same answers.
/// </summary>
internal sealed class NaiveRouter
{
    private readonly FacilityNetwork _network;
    private readonly Dictionary<string, HashSet<DateOnly>> _holidays = [];
    private readonly Co2eEstimator _co2e = Co2eEstimator.Default;

    public NaiveRouter(FacilityNetwork network)
    {
        _network = network;
        foreach (var f in network.Facilities)
        {
            // The holiday list a developer would load once from a holiday library, for the years in play.
            var key = f.Subdivision?.ToString() ?? f.Country.Value;
            if (!_holidays.ContainsKey(key))
            {
                var calendar = WorkingCalendars.For(f.Country, f.Subdivision);
                var set = new HashSet<DateOnly>();
                for (var d = new DateOnly(2025, 1, 1); d < new DateOnly(2028, 1, 1); d = d.AddDays(1))
                {
                    if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !calendar.IsWorkingDay(d))
                    {
                        set.Add(d);
                    }
                }

                _holidays[key] = set;
            }
        }
    }

    public sealed record Choice(Facility Facility, DateTimeOffset Dispatch, decimal Cost, double Co2e, bool Local, DateOnly Delivery);

    public Choice? Route(Order order, DateTimeOffset now)
    {
        var deadline = order.Deadlines.ReadyToShipBy ?? DispatchSla.Default.DeadlineFor(order);
        var deliverBy = DateOnly.MaxValue;
        if (DispatchSla.Default.TryGetRule(order.Market, out var rule))
        {
            var at = order.Deadlines.DeliverBy ?? rule.DeliveryDeadlineFor(order.CreatedAt);
            deliverBy = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, rule.Clock.TimeZone).DateTime);
        }

        var destination = order.Destination.Country;
        EuropeanCountries.TryGetRepresentativePoint(destination, out var buyer);

        var options = _network.Facilities
            .Where(f => order.Items.All(item => f.Products.Any(p => p.Kind == item.Kind)))
            .Where(f => f.FindLane(destination) is not null)
            .Select(f =>
            {
                var lane = f.FindLane(destination)!;
                var zone = TimeZoneInfo.FindSystemTimeZoneById(f.TimeZone);
                var local = TimeZoneInfo.ConvertTime(now, zone);
                var day = DateOnly.FromDateTime(local.DateTime);
                if (TimeOnly.FromDateTime(local.DateTime) >= f.CutOff)
                {
                    day = day.AddDays(1);
                }

                while (!IsWorkingDay(f, day))
                {
                    day = day.AddDays(1);
                }

                var production = order.Items.Max(item => f.Products.First(p => p.Kind == item.Kind).ProductionDays);
                for (var counted = 1; counted < production;)
                {
                    day = day.AddDays(1);
                    if (IsWorkingDay(f, day))
                    {
                        counted++;
                    }
                }

                var dispatchLocal = day.ToDateTime(f.CollectionTime);
                var dispatch = new DateTimeOffset(dispatchLocal, zone.GetUtcOffset(dispatchLocal));
                var cost = lane.Cost + order.Items.Sum(item => f.Products.First(p => p.Kind == item.Kind).UnitCost * item.Quantity);
                var kg = order.Items.Sum(item => ParcelWeights.Default.KilogramsPerUnit(item.Kind) * item.Quantity);
                var co2e = _co2e.EstimateKg(f.Location, buyer, kg, lane.Mode);
                var delivery = day;
                for (var counted = 0; counted < lane.TransitDays;)
                {
                    delivery = delivery.AddDays(1);
                    if (IsDeliveryDay(destination, delivery))
                    {
                        counted++;
                    }
                }

                return new Choice(f, dispatch, cost, co2e, f.Country == destination, delivery);
            })
            .ToList();

        var onTime = options
            .Where(o => o.Dispatch <= deadline && o.Delivery <= deliverBy)
            .OrderByDescending(o => o.Local)
            .ThenBy(o => o.Cost)
            .ThenBy(o => o.Co2e)
            .ThenBy(o => o.Facility.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return onTime ?? options
            .OrderBy(o => o.Dispatch)
            .ThenByDescending(o => o.Local)
            .ThenBy(o => o.Cost)
            .ThenBy(o => o.Co2e)
            .ThenBy(o => o.Facility.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private bool IsDeliveryDay(CountryCode country, DateOnly day)
    {
        if (!_holidays.TryGetValue("to:" + country.Value, out var set))
        {
            set = [];
            try
            {
                var calendar = WorkingCalendars.For(country);
                for (var d = new DateOnly(2025, 1, 1); d < new DateOnly(2028, 1, 1); d = d.AddDays(1))
                {
                    if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !calendar.IsWorkingDay(d))
                    {
                        set.Add(d);
                    }
                }
            }
            catch (ArgumentException)
            {
                // No holiday data: Monday–Friday, as the compiled network counts it.
            }

            _holidays["to:" + country.Value] = set;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !set.Contains(day);
    }

    private bool IsWorkingDay(Facility f, DateOnly day) =>
        f.WorkingDays.Contains(day.DayOfWeek)
        && !_holidays[f.Subdivision?.ToString() ?? f.Country.Value].Contains(day)
        && !f.Closures.Contains(day);
}
