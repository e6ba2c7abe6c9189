using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Governance.SharedKernel.Modules;

/// <summary>What the host tells a module while it registers its services.</summary>
/// <param name="Manifest">The module's <c>module.json</c>.</param>
/// <param name="Assembly">The module's plugin assembly, the only one it should scan.</param>
/// <param name="Configuration">The <c>Modules:&lt;Id&gt;</c> configuration section.</param>
public sealed record ModuleContext(ModuleManifest Manifest, Assembly Assembly, IConfiguration Configuration);
