using PodConnect.Cli;
using PodConnect.Cli.Infrastructure;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var app = new CliApp(CommandCatalog.All);
return await app.RunAsync(args, new CliConsole(Console.Out, Console.Error, TimeProvider.System), cancel.Token);
