using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PodConnect.Cli.Tests")]
