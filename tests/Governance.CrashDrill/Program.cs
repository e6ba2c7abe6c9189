using Governance.CrashDrill;

var options = DrillOptions.Parse(args);
var report = await Drill.RunAsync(options, line => Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}"));
Console.WriteLine(report);
return report.Failures.Count == 0 ? 0 : 1;
