using PodConnect.Domain;

namespace PodConnect.Health;

/// <summary>
/// Computes a metric from a shop's order records in one pass, allocation-free. Pure: the caller gives the
/// instant.
/// </summary>
/// <remarks>
/// <para>Each metric counts an order at its own instant, inside the window (now − window, now]:</para>
/// <list type="bullet">
/// <item><b>LDR</b> at <c>DispatchedAt</c>, when the order has <c>DispatchBy</c>; bad when dispatched after it.</item>
/// <item><b>VTR</b> at <c>DispatchedAt</c>; bad when no carrier scan came within the tracking scan grace
/// (scanned late, or the grace has run out by now). An order still inside its grace counts as valid.</item>
/// <item><b>OTDR</b> at <c>DeliveredAt</c>, when the order has <c>DeliverBy</c>; bad when delivered after it.</item>
/// <item><b>SFCR</b> at <c>CreatedAt</c>, every order; bad when cancelled with <c>SellerFault</c>.</item>
/// </list>
/// <para>
/// The <b>forecast</b> is the rate now with every order in flight counted at the outcome predicted for it
/// (wherever its instant falls, since it will fall inside the window when it happens): LDR adds each order
/// not shipped nor cancelled, late when now or its predicted dispatch is past its deadline; VTR adds each
/// such order as valid and turns a shipped order without a scan past half its grace invalid; OTDR adds each
/// undelivered, uncancelled order with a delivery deadline, late when now or its predicted delivery is past
/// it; SFCR turns an unshipped order whose auto-cancel instant (<c>ShippingDue</c>) is past, or predicted to
/// be passed, into a seller-fault cancellation.
/// </para>
/// <para>Records whose market is unknown count for the market asked for.</para>
/// </remarks>
public static class ShopHealthCalculator
{
    /// <summary>One metric of the records of <paramref name="market"/>, at <paramref name="now"/>.</summary>
    public static MetricHealth Compute(HealthMetric metric, ReadOnlySpan<OrderHealthRecord> records, CountryCode market, DateTimeOffset now, HealthRules rules, HealthWarning warning)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var rule = rules.For(market, metric);
        var from = now - rule.Window;
        var grace = rules.TrackingScanGrace;
        var halfGrace = grace / 2;
        int bad = 0, counted = 0, forecastBad = 0, forecastCounted = 0;
        foreach (var r in records)
        {
            if (r.Market is { } own && own != market)
            {
                continue;
            }

            switch (metric)
            {
                case HealthMetric.LateDispatch:
                    if (r.DispatchBy is not { } dispatchBy)
                    {
                        break;
                    }

                    if (r.DispatchedAt is { } dispatched)
                    {
                        if (dispatched > from && dispatched <= now)
                        {
                            counted++;
                            bad += dispatched > dispatchBy ? 1 : 0;
                        }
                    }
                    else if (r.CancelledAt is null)
                    {
                        forecastCounted++;
                        forecastBad += now > dispatchBy || r.PredictedDispatch > dispatchBy ? 1 : 0;
                    }

                    break;
                case HealthMetric.ValidTracking:
                    if (r.DispatchedAt is { } shipped)
                    {
                        if (shipped > from && shipped <= now)
                        {
                            counted++;
                            var scanned = r.CollectedAt ?? r.DeliveredAt;
                            if (scanned is { } scan ? scan > shipped + grace : now > shipped + grace)
                            {
                                bad++;
                            }
                            else if (scanned is null && now > shipped + halfGrace)
                            {
                                forecastBad++; // no scan yet and more than half the grace gone: likely invalid
                            }
                        }
                    }
                    else if (r.CancelledAt is null)
                    {
                        forecastCounted++;
                    }

                    break;
                case HealthMetric.OnTimeDelivery:
                    if (r.DeliverBy is not { } deliverBy)
                    {
                        break;
                    }

                    if (r.DeliveredAt is { } delivered)
                    {
                        if (delivered > from && delivered <= now)
                        {
                            counted++;
                            bad += delivered > deliverBy ? 1 : 0;
                        }
                    }
                    else if (r.CancelledAt is null)
                    {
                        forecastCounted++;
                        forecastBad += now > deliverBy || r.PredictedDelivery > deliverBy ? 1 : 0;
                    }

                    break;
                case HealthMetric.SellerFaultCancellation:
                    if (r.CreatedAt <= from || r.CreatedAt > now)
                    {
                        break;
                    }

                    counted++;
                    if (r.CancelledAt is not null)
                    {
                        bad += r.SellerFault == true ? 1 : 0;
                    }
                    else if (r.DispatchedAt is null && r.ShippingDue is { } due && (now > due || r.PredictedDispatch > due))
                    {
                        forecastBad++; // TikTok will auto-cancel it for a missed shipping_due_time
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown health metric.");
            }
        }

        var nowRate = new HealthRate(metric, bad, counted, rule.Limit, from, now);
        var forecast = new HealthRate(metric, bad + forecastBad, counted + forecastCounted, rule.Limit, from, now);
        return new MetricHealth(metric, rule, nowRate, forecast, warning.StateOf(forecast));
    }
}
