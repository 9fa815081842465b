namespace PodConnect.Redis.Tests.Infrastructure;

/// <summary>Every test of the class needs a Redis server (see <see cref="RedisServer"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class RequiresRedisAttribute : Attribute;
