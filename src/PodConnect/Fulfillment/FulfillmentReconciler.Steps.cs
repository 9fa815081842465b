using System.Diagnostics;
using PodConnect.Dispatch;
using PodConnect.Errors;
using PodConnect.Health;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Stores;
using PodConnect.Telemetry;

namespace PodConnect.Fulfillment;

/// <summary>The per-order steps: each reads what it needs and does the one thing that is missing.</summary>
public sealed partial class FulfillmentReconciler
{
    private async Task StepAsync(StepContext step, CancellationToken cancellationToken)
    {
        var tracked = step.Order;
        var order = tracked.Snapshot!;
        var now = _time.GetUtcNow();
        switch (order.Status)
        {
            case MarketplaceOrderStatus.Cancelled:
                step.Name = "cancel";
                await CancelAtProviderAsync(step, order, cancellationToken).ConfigureAwait(false);
                return;
            case MarketplaceOrderStatus.Shipped:
                step.Name = "record";
                await RecordShippedAsync(tracked, order, cancellationToken).ConfigureAwait(false);
                return;
            case MarketplaceOrderStatus.AwaitingShipment when !order.OnHold && !order.CancellationRequested:
                break;
            case MarketplaceOrderStatus.OnHold or MarketplaceOrderStatus.AwaitingShipment:
                // The marketplace holds it, or the buyer asked to cancel: ship nothing until that is decided.
                tracked.DueAt = now + _options.HoldRecheckInterval;
                return;
            default:
                tracked.DueAt = DateTimeOffset.MaxValue; // Unpaid or unknown: the next poll or webhook wakes it.
                return;
        }

        var plan = OrderPlan.TryCreate(order, _catalog, _registered, out var reason, out var detail);
        var placement = await FindPlacementAsync(step, order, plan?.Providers ?? _registered, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            if (placement is null)
            {
                Surface(tracked, reason, detail);
                return;
            }

            // Placed earlier under a catalogue that has since changed: follow the provider, nothing else needs it.
        }

        if (placement is null)
        {
            step.Name = "route";
            placement = await RouteAsync(step, order, plan!, now, cancellationToken).ConfigureAwait(false);
            if (placement is null)
            {
                return;
            }
        }

        if (!placement.IsPlaced)
        {
            step.Name = "place";
            if (plan is null || !await PlaceAsync(step, order, plan, placement, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            placement = tracked.Placement!;
        }

        step.Name = "check-provider";
        await FollowProviderAsync(step, order, placement, plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PlacedOrder?> FindPlacementAsync(StepContext step, MarketplaceOrder order, IReadOnlyCollection<string> candidates, CancellationToken cancellationToken)
    {
        var tracked = step.Order;
        if (tracked.Placement is { } known)
        {
            return known;
        }

        var placement = await _index.FindAsync(order.Id, cancellationToken).ConfigureAwait(false);
        // Searched once per instance: a placement made after that search is in this index.
        var beforeCoverage = placement is null && !tracked.Rediscovered && order.CreatedAt < await _index.GetCoverageStartAsync(cancellationToken).ConfigureAwait(false);
        if (beforeCoverage && _marketplace is IMarketplaceOrderLinks links)
        {
            // Older than this index's memory: it may have been placed before a restart. The marketplace may know.
            step.Name = "rediscover";
            if (await links.FindLinkAsync(order.Reference, cancellationToken).ConfigureAwait(false) is { } link)
            {
                FulfillmentLog.Rediscovered(_logger, order.Id, link.Provider, link.ProviderOrderId);
                placement = await RememberAsync(new PlacedOrder(order.Reference.ShopId, order.Id, link.Provider, _time.GetUtcNow()) { ProviderOrderId = link.ProviderOrderId, PredictedDispatch = PredictAt(order, link.Provider, null) }, cancellationToken).ConfigureAwait(false);
            }
        }

        if (placement is null && beforeCoverage)
        {
            // Not linked (a crash between placing and linking, or a marketplace without links): ask the providers.
            step.Name = "rediscover";
            foreach (var name in candidates)
            {
                if (_providers.TryGetValue(name, out var provider)
                    && await provider.FindOrderByExternalIdAsync(order.Id, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    FulfillmentLog.Rediscovered(_logger, order.Id, name, found.ProviderOrderId);
                    tracked.ProviderSnapshot = found;
                    placement = await RememberAsync(new PlacedOrder(order.Reference.ShopId, order.Id, name, _time.GetUtcNow()) { ProviderOrderId = found.ProviderOrderId, PredictedDispatch = PredictAt(order, name, found.CreatedAt) }, cancellationToken).ConfigureAwait(false);
                    break;
                }
            }
        }

        tracked.Rediscovered |= beforeCoverage;

        tracked.Placement = placement;
        if (placement?.PredictedDispatch is { } predicted && tracked.ProviderCheckAt == DateTimeOffset.MinValue)
        {
            tracked.ProviderCheckAt = predicted;
        }

        return placement;
    }

    /// <summary>
    /// When an order found after a restart should dispatch, predicted again from its provider's facilities
    /// as of its placement, so the loop waits for that instead of asking the provider at every interval.
    /// </summary>
    private DateTimeOffset? PredictAt(MarketplaceOrder order, string provider, DateTimeOffset? placedAt)
    {
        var plan = OrderPlan.TryCreate(order, _catalog, [provider], out _, out _);
        if (plan is null)
        {
            return null;
        }

        var decision = _router.Preview(plan.Order, [provider], placedAt ?? order.CreatedAt);
        return decision.IsRouted ? decision.PredictedDispatch : null;
    }

    private async Task<PlacedOrder> RememberAsync(PlacedOrder placement, CancellationToken cancellationToken)
    {
        var existing = await _index.TryAddAsync(placement, cancellationToken).ConfigureAwait(false);
        if (existing is null || existing.IsPlaced)
        {
            return existing ?? placement;
        }

        // An intent without the provider's id: the provider's own record completes it.
        await _index.UpdateAsync(placement, cancellationToken).ConfigureAwait(false);
        return placement;
    }

    private async Task<PlacedOrder?> RouteAsync(StepContext step, MarketplaceOrder order, OrderPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tracked = step.Order;
        using var activity = FulfillmentTelemetry.StartStep("route", order.Id);
        var started = Stopwatch.GetTimestamp();
        var holdEnd = order.CreatedAt + _options.HoldWindow;
        if (now < holdEnd)
        {
            // Hold for the buyer-cancel window, unless waiting would itself make the order late.
            var preview = _router.Preview(plan.Order, plan.Providers, holdEnd);
            if (preview.IsRouted && !preview.IsLate)
            {
                FulfillmentLog.Held(_logger, order.Id, holdEnd);
                tracked.DueAt = holdEnd;
                return null;
            }
        }

        // The late budget steers: as the shop's headroom shrinks, slack wins over cost (see ShopHealth).
        var stance = await _health.StanceForAsync(order.Reference.ShopId, cancellationToken).ConfigureAwait(false);
        var decision = await _router.RouteAndReserveAsync(plan.Order, plan.Providers, now, cancellationToken, stance).ConfigureAwait(false);
        _telemetry.StepTook("route", Stopwatch.GetElapsedTime(started));
        if (!decision.IsRouted)
        {
            Surface(tracked, SurfaceReason.Unroutable, decision.Problem ?? "no facility can make and ship it");
            return null;
        }

        var primary = decision.Primary.Value;
        var units = FulfillmentRouter.UnitsOf(plan.Order, primary);
        if (decision.Shipments.Any(s => s.Provider != primary.Provider))
        {
            foreach (var s in decision.Shipments)
            {
                await _router.ReleaseAsync(s.Facility.Id, s.ProductionStart, FulfillmentRouter.UnitsOf(plan.Order, s), cancellationToken).ConfigureAwait(false);
            }

            Surface(tracked, SurfaceReason.SplitAcrossProviders, string.Join(", ", decision.Shipments.Select(s => s.Facility.Id)));
            return null;
        }

        _telemetry.Routed(primary.Provider, decision.IsLate);
        await _health.RecordAsync(HealthRecords.Predicted(order, decision), cancellationToken).ConfigureAwait(false);
        activity?.SetTag("podconnect.provider", primary.Provider);
        activity?.SetTag("podconnect.facility", primary.Facility.Id);
        // A routed decision always has its dispatch prediction; the deadline is known for every order the router accepts.
        if (decision.Deadline is { } deadline && (decision.IsLate || decision.Slack < _options.LateRiskMargin))
        {
            RaiseLateRisk(tracked, deadline, decision.PredictedDispatch.Value, primary.Provider, primary.Facility.Id);
        }

        var intent = new PlacedOrder(order.Reference.ShopId, order.Id, primary.Provider, now)
        {
            FacilityId = primary.Facility.Id,
            ProductionDay = primary.ProductionStart,
            Units = units,
            PredictedDispatch = decision.PredictedDispatch,
        };
        var existing = await _index.TryAddAsync(intent, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            // Another worker chose first; its choice stands and this booking goes back.
            await _router.ReleaseAsync(primary.Facility.Id, primary.ProductionStart, units, cancellationToken).ConfigureAwait(false);
            intent = existing;
        }

        tracked.Placement = intent;
        return intent;
    }

    private async Task<bool> PlaceAsync(StepContext step, MarketplaceOrder order, OrderPlan plan, PlacedOrder intent, CancellationToken cancellationToken)
    {
        var tracked = step.Order;
        if (!_providers.TryGetValue(intent.Provider, out var provider))
        {
            Surface(tracked, SurfaceReason.NoProviderForAllItems, $"the order was assigned to '{intent.Provider}', which is not registered");
            return false;
        }

        var request = plan.RequestFor(intent.Provider);
        if (request is null)
        {
            Surface(tracked, SurfaceReason.MissingRecipient, "the marketplace order has no recipient name");
            return false;
        }

        await EnsureLeaseAsync(step, cancellationToken).ConfigureAwait(false);
        using var activity = FulfillmentTelemetry.StartStep("place", order.Id);
        activity?.SetTag("podconnect.provider", intent.Provider);
        var started = Stopwatch.GetTimestamp();
        PodPlacement placed;
        try
        {
            placed = await provider.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ValidationException e)
        {
            if (intent.FacilityId is { } facility && intent.ProductionDay is { } day && intent.Units > 0)
            {
                await _router.ReleaseAsync(facility, day, intent.Units, cancellationToken).ConfigureAwait(false);
            }

            Surface(tracked, SurfaceReason.ProviderRejected, $"{intent.Provider} refused it ({e.ErrorCode ?? e.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "validation"})");
            return false;
        }
        finally
        {
            _telemetry.StepTook("place", Stopwatch.GetElapsedTime(started));
        }

        var placement = intent with { ProviderOrderId = placed.Order.ProviderOrderId };
        await _index.UpdateAsync(placement, cancellationToken).ConfigureAwait(false);
        tracked.Placement = placement;
        tracked.ProviderSnapshot = placed.Order;
        tracked.ProviderCheckAt = placement.PredictedDispatch ?? _time.GetUtcNow() + _options.ProviderCheckInterval;
        _telemetry.Placed(intent.Provider);
        FulfillmentLog.Placed(_logger, order.Id, intent.Provider, placed.Order.ProviderOrderId);
        if (_marketplace is IMarketplaceOrderLinks)
        {
            _pendingLinks.Enqueue(new PendingLink(order, new MarketplaceOrderLink(intent.Provider, placed.Order.ProviderOrderId)));
        }

        return true;
    }

    private async Task FollowProviderAsync(StepContext step, MarketplaceOrder order, PlacedOrder placement, OrderPlan? plan, CancellationToken cancellationToken)
    {
        var tracked = step.Order;
        var now = _time.GetUtcNow();
        if (!_providers.TryGetValue(placement.Provider, out var provider))
        {
            Surface(tracked, SurfaceReason.NoProviderForAllItems, $"the order is at '{placement.Provider}', which is not registered");
            return;
        }

        var pod = tracked.ProviderSnapshot;
        if (pod is null && !tracked.ProviderHinted && now < tracked.ProviderCheckAt)
        {
            // Woken for another reason (a marketplace event): nothing to ask the provider before its next check.
            tracked.DueAt = tracked.ProviderCheckAt;
            return;
        }

        if (pod is null || tracked.ProviderHinted)
        {
            pod = await provider.GetOrderAsync(placement.ProviderOrderId!, cancellationToken).ConfigureAwait(false);
            tracked.ProviderHinted = false;
        }

        switch (pod.Status)
        {
            case PodOrderStatus.Shipped or PodOrderStatus.Delivered:
                step.Name = "mark-shipped";
                await MarkShippedAsync(step, order, placement, pod, plan, cancellationToken).ConfigureAwait(false);
                return;
            case PodOrderStatus.Cancelled or PodOrderStatus.Failed:
                Surface(tracked, SurfaceReason.ProviderFailed, $"{placement.Provider} reports {pod.RawStatus}");
                return;
            default:
                // Not shipped yet: next look at the predicted dispatch, or a check interval from now (a webhook comes first).
                tracked.ProviderCheckAt = placement.PredictedDispatch is { } predicted && predicted > now ? predicted : now + _options.ProviderCheckInterval;
                tracked.DueAt = tracked.ProviderCheckAt;
                if (plan is not null && !tracked.LateRiskRaised)
                {
                    var deadline = _router.DeadlineOf(plan.Order);
                    if (now + _options.LateRiskMargin > deadline)
                    {
                        RaiseLateRisk(tracked, deadline, now, placement.Provider, placement.FacilityId);
                    }
                }

                return;
        }
    }

    private async Task MarkShippedAsync(StepContext step, MarketplaceOrder order, PlacedOrder placement, PodOrder pod, OrderPlan? plan, CancellationToken cancellationToken)
    {
        var tracked = step.Order;
        var now = _time.GetUtcNow();
        var parcel = pod.Shipments.LastOrDefault(s => !string.IsNullOrWhiteSpace(s.TrackingNumber));
        if (parcel is null)
        {
            Surface(tracked, SurfaceReason.MissingTracking, $"{placement.Provider} reports {pod.RawStatus} without a tracking number", finished: false);
            tracked.DueAt = now + _options.ProviderCheckInterval;
            return;
        }

        var carrierId = await _carriers.MapAsync(order.Reference.ShopId, parcel.Carrier, cancellationToken).ConfigureAwait(false);
        if (carrierId is null)
        {
            Surface(tracked, SurfaceReason.UnmatchedCarrier, $"carrier '{parcel.Carrier}' from {placement.Provider} matches none of the shop's carriers", finished: false);
            tracked.DueAt = now + _options.ProviderCheckInterval;
            return;
        }

        if (await _ledger.FindAsync(order.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            // Already dispatched (by this instance since its last read of the marketplace, or by another one
            // sharing the ledger): the marketplace order is shipped, whatever the snapshot says. Read it again
            // if anything wakes the order, rather than asking the marketplace to ship it a second time.
            tracked.Finished = true;
            tracked.Stale = true;
            return;
        }

        await EnsureLeaseAsync(step, cancellationToken).ConfigureAwait(false);
        using var activity = FulfillmentTelemetry.StartStep("mark-shipped", order.Id);
        var started = Stopwatch.GetTimestamp();
        var lineItems = order.Lines.SelectMany(l => l.LineItemIds).ToArray();
        var result = await _marketplace.MarkShippedAsync(order.Reference, new MarketplaceShipment(carrierId, parcel.TrackingNumber!, lineItems), cancellationToken).ConfigureAwait(false);
        _telemetry.StepTook("mark-shipped", Stopwatch.GetElapsedTime(started));
        switch (result.Status)
        {
            case MarkShippedStatus.Shipped or MarkShippedStatus.AlreadyShipped:
                var deadline = plan is null ? order.Deadlines.ReadyToShipBy ?? now : _router.DeadlineOf(plan.Order);
                var dispatchedAt = parcel.ShippedAt is { } shipped && shipped <= now ? shipped : now;
                var record = new DispatchRecord(order.Id, deadline, dispatchedAt);
                var first = await _ledger.TryRecordAsync(record, cancellationToken).ConfigureAwait(false);
                await _health.RecordAsync(HealthRecords.Dispatched(order, record), cancellationToken).ConfigureAwait(false);
                tracked.Finished = true;
                // The snapshot still says "awaiting shipment": a later webhook (providers announce one parcel with
                // several) must read the marketplace again before anything, not ship the order a second time.
                tracked.Stale = true;
                if (first)
                {
                    // Announced by whoever records the dispatch, so each order is counted and logged once per ledger.
                    _telemetry.Shipped(placement.Provider, record.IsLate);
                    FulfillmentLog.Shipped(_logger, order.Id, placement.Provider, record.IsLate);
                    _monitor.Shipped(new ShippedOrder(order.Reference, placement.Provider, placement.ProviderOrderId!, parcel.TrackingNumber!, record.IsLate));
                }

                return;
            case MarkShippedStatus.NotYet:
                tracked.DueAt = now + _options.HoldRecheckInterval;
                tracked.ProviderSnapshot = null;
                return;
            case MarkShippedStatus.TrackingRejected:
                Surface(tracked, SurfaceReason.TrackingRejected, $"{result.Code}: {result.Message}");
                return;
            default:
                Surface(tracked, SurfaceReason.MarketplaceNeedsAttention, $"{result.Code}: {result.Message}");
                return;
        }
    }

    private async Task RecordShippedAsync(TrackedOrder tracked, MarketplaceOrder order, CancellationToken cancellationToken)
    {
        tracked.Finished = true;
        if (await _ledger.FindAsync(order.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        // Shipped on the marketplace but not recorded: a crash between marking and recording. Record it if it was ours.
        // (With the in-memory defaults the ledger went with the index; with shared stores the index still knows.)
        var placement = tracked.Placement ?? await _index.FindAsync(order.Id, cancellationToken).ConfigureAwait(false);
        if (placement is null)
        {
            return;
        }

        var plan = OrderPlan.TryCreate(order, _catalog, _registered, out _, out _);
        var deadline = plan is null ? order.Deadlines.ReadyToShipBy : _router.DeadlineOf(plan.Order);
        if (deadline is { } due)
        {
            var record = new DispatchRecord(order.Id, due, order.ShippedAt ?? order.UpdatedAt ?? _time.GetUtcNow());
            if (await _ledger.TryRecordAsync(record, cancellationToken).ConfigureAwait(false) && placement.ProviderOrderId is { } providerOrderId)
            {
                // Ours, marked shipped but never announced (its answer was lost, or this instance restarted): announce it
                // now, so whoever counts OrderShipped counts every order once per ledger.
                var tracking = tracked.ProviderSnapshot?.Shipments.LastOrDefault(s => !string.IsNullOrWhiteSpace(s.TrackingNumber))?.TrackingNumber;
                _telemetry.Shipped(placement.Provider, record.IsLate);
                FulfillmentLog.Shipped(_logger, order.Id, placement.Provider, record.IsLate);
                _monitor.Shipped(new ShippedOrder(order.Reference, placement.Provider, providerOrderId, tracking ?? string.Empty, record.IsLate));
            }
        }
    }

    private async Task CancelAtProviderAsync(StepContext step, MarketplaceOrder order, CancellationToken cancellationToken)
    {
        var tracked = step.Order;
        var plan = OrderPlan.TryCreate(order, _catalog, _registered, out _, out _);
        var placement = await FindPlacementAsync(step, order, plan?.Providers ?? _registered, cancellationToken).ConfigureAwait(false);
        step.Name = "cancel";
        if (placement is null || !_providers.TryGetValue(placement.Provider, out var provider))
        {
            tracked.Finished = true;
            _monitor.Unsurface(order.Id);
            return;
        }

        var pod = tracked.ProviderSnapshot;
        if (pod is null)
        {
            pod = placement.IsPlaced
                ? await provider.GetOrderAsync(placement.ProviderOrderId!, cancellationToken).ConfigureAwait(false)
                : await provider.FindOrderByExternalIdAsync(order.Id, cancellationToken).ConfigureAwait(false);
        }

        if (pod is not null && pod.Status is PodOrderStatus.Received or PodOrderStatus.OnHold)
        {
            await EnsureLeaseAsync(step, cancellationToken).ConfigureAwait(false);
            try
            {
                pod = await provider.CancelOrderAsync(pod.ProviderOrderId, cancellationToken).ConfigureAwait(false);
            }
            catch (ConflictException)
            {
                Surface(tracked, SurfaceReason.CancelTooLate, $"{placement.Provider} no longer allows cancelling it");
                return;
            }

            FulfillmentLog.Cancelled(_logger, order.Id, placement.Provider);
        }

        if (pod is null || pod.Status is PodOrderStatus.Cancelled or PodOrderStatus.Failed)
        {
            if (placement.FacilityId is { } facility && placement.ProductionDay is { } day && placement.Units > 0)
            {
                await _router.ReleaseAsync(facility, day, placement.Units, cancellationToken).ConfigureAwait(false);
            }

            tracked.Finished = true;
            _monitor.Unsurface(order.Id);
            return;
        }

        Surface(tracked, SurfaceReason.CancelTooLate, $"{placement.Provider} reports {pod.RawStatus}");
    }

    private async Task EnsureLeaseAsync(StepContext step, CancellationToken cancellationToken)
    {
        if (!await _leases.IsCurrentAsync(step.Lease, cancellationToken).ConfigureAwait(false))
        {
            throw new LeaseLostException();
        }
    }

    private void Surface(TrackedOrder tracked, SurfaceReason reason, string detail, bool finished = true)
    {
        tracked.Finished = finished;
        var id = tracked.Reference.OrderId;
        if (_monitor.Surfaced.TryGetValue(id, out var already) && already.Reason == reason)
        {
            return;
        }

        _telemetry.Surfaced(reason);
        FulfillmentLog.Surfaced(_logger, id, reason);
        _monitor.Surface(new SurfacedOrder(tracked.Reference, reason, detail, _time.GetUtcNow()));
    }

    private void RaiseLateRisk(TrackedOrder tracked, DateTimeOffset deadline, DateTimeOffset predicted, string provider, string? facilityId)
    {
        if (tracked.LateRiskRaised)
        {
            return;
        }

        tracked.LateRiskRaised = true;
        _telemetry.Late(provider);
        FulfillmentLog.LateRisk(_logger, tracked.Reference.OrderId, deadline, predicted, provider);
        _monitor.RaiseLateRisk(new LateRisk(tracked.Reference, deadline, predicted, provider, facilityId));
    }
}
