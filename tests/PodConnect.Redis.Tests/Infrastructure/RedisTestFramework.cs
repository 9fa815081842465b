using PodConnect.Redis.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("PodConnect.Redis.Tests.Infrastructure.RedisTestFramework", "PodConnect.Redis.Tests")]

namespace PodConnect.Redis.Tests.Infrastructure;

/// <summary>
/// xunit 2 cannot skip a test at run time, and the inherited contract-kit tests carry the kit's own
/// <c>[Fact]</c>; so discovery reports every test of a <see cref="RequiresRedisAttribute"/> class as skipped,
/// with a loud reason, when no Redis is configured outside CI.
/// </summary>
public sealed class RedisTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    /// <inheritdoc />
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var skip = RedisServer.Address is null && !RedisServer.OnCi
                && testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresRedisAttribute)).Any()
                && testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
            if (!skip)
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, RedisServer.SkipReason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
