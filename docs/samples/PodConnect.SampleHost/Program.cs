// The sample host: an ASP.NET Core service wired to PodConnect on the built-in fakes.
// Filled in by the ASP.NET Core integration work (issue 14); today it only starts.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();
