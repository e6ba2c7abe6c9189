using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Modules.Registry.Tests;

/// <summary>
/// The public queries of Governance.Modules.Registry.Contracts as another module sends them. The contracts assembly is
/// the one the host loaded from the plugins folder, so the requests are built by name.
/// </summary>
public sealed class ContractQueryTests(RegistryHost host) : IClassFixture<RegistryHost>
{
    private const string Contracts = "Governance.Modules.Registry.Contracts";

    [Fact]
    public async Task Person_by_id_and_by_citizen_id_are_masked_unless_the_caller_may_see_personal_data()
    {
        var citizenId = CitizenIds.Next();
        var id = (await host.ClientFor(RegistryHost.Beishan).PostAsJsonAsync("/api/registry/persons", PersonBodies.Valid(citizenId)).Ok())
            .GetProperty("id").GetGuid();

        var masked = await SendAsync("Persons.GetPersonById", null, id);
        Assert.Equal(citizenId[..6] + "********" + citizenId[14..], masked.GetProperty("citizenId").GetString());
        Assert.True(masked.GetProperty("masked").GetBoolean());

        var full = await SendAsync("Persons.GetPersonByCitizenId", PlatformPermissions.ViewPersonalData, citizenId[..6] + citizenId[8..17]);
        Assert.Equal(id, full.GetProperty("id").GetGuid());
        Assert.Equal(citizenId, full.GetProperty("citizenId").GetString());
        Assert.Equal(1L, await host.Audit.Of(id));

        var summaries = await SendAsync("Persons.GetPersonSummaries", null, (IReadOnlyCollection<Guid>)[id, Guid.NewGuid()]);
        var summary = Assert.Single(summaries.EnumerateArray());
        Assert.Equal("张三", summary.GetProperty("name").GetString());
        Assert.True(summary.GetProperty("age").GetInt32() >= 40);

        Assert.Equal(JsonValueKind.Null, (await SendAsync("Persons.GetPersonById", null, Guid.NewGuid())).ValueKind);
    }

    [Fact]
    public async Task A_merged_id_resolves_to_the_surviving_person()
    {
        var clerk = host.ClientFor(RegistryHost.Beishan);
        var survivor = (await clerk.PostAsJsonAsync("/api/registry/persons", PersonBodies.Valid()).Ok()).GetProperty("id").GetGuid();
        var duplicate = (await clerk.PostAsJsonAsync("/api/registry/persons", PersonBodies.Valid()).Ok()).GetProperty("id").GetGuid();
        await clerk.PostAsJsonAsync("/api/registry/persons/merges", new { survivorId = survivor, duplicateId = duplicate, reason = "重复" }).Ok();

        var resolved = await SendAsync("Persons.GetPersonById", null, duplicate);

        Assert.Equal(survivor, resolved.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Unit_summaries_by_id_leave_unknown_ids_out()
    {
        var unit = (await host.ClientFor(RegistryHost.Beishan).PostAsJsonAsync("/api/registry/organisations",
            new { name = "杭州调解测试有限公司", creditCode = "91330106MA2B0ABC6H", regionCode = RegistryHost.Shangbao }).Ok()).GetProperty("id").GetGuid();

        var summaries = await SendAsync("Organisations.GetOrganisationSummaries", null, (IReadOnlyCollection<Guid>)[unit, Guid.NewGuid()]);

        var summary = Assert.Single(summaries.EnumerateArray());
        Assert.Equal(("杭州调解测试有限公司", "91330106MA2B0ABC6H", RegistryHost.Shangbao),
            (summary.GetProperty("name").GetString(), summary.GetProperty("creditCode").GetString(), summary.GetProperty("scopeCode").GetString()));
    }

    [Fact]
    public async Task Region_names_and_ancestry_for_any_region_in_the_table()
    {
        var region = await SendAsync("Regions.GetRegion", null, "370114");

        Assert.Equal("章丘区", region.GetProperty("name").GetString());
        Assert.Equal("山东省济南市章丘区", region.GetProperty("fullName").GetString());
        Assert.Equal(JsonValueKind.Null, (await SendAsync("Regions.GetRegion", null, "330106002999")).ValueKind);
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => SendAsync("Regions.GetRegion", null, "33A"));
    }

    private async Task<JsonElement> SendAsync(string request, string? permission, params object[] arguments)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == Contracts)
            .GetType($"{Contracts}.{request}", throwOnError: true)!;
        var responseType = type.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
        var send = typeof(IMediator).GetMethods().Single(m => m is { Name: "Send", IsGenericMethod: true }).MakeGenericMethod(responseType);

        await using var scope = host.Application.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = Caller(permission, scope.ServiceProvider);
        var task = (Task)send.Invoke(scope.ServiceProvider.GetRequiredService<IMediator>(), [Activator.CreateInstance(type, arguments), CancellationToken.None])!;
        await task;
        return JsonSerializer.SerializeToElement(task.GetType().GetProperty("Result")!.GetValue(task), JsonSerializerOptions.Web);
    }

    private static DefaultHttpContext Caller(string? permission, IServiceProvider services)
    {
        var claims = new List<Claim> { new("sub", Guid.NewGuid().ToString()), new("name", "其他模块"), new("jur", RegistryHost.County) };
        if (permission is not null)
        {
            claims.Add(new Claim("perm", permission));
        }

        return new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), RequestServices = services };
    }
}
