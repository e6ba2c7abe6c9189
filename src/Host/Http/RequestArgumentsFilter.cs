using System.Collections;
using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Governance.SharedKernel.Time;
using Microsoft.AspNetCore.Http.Metadata;

namespace Governance.Host.Http;

/// <summary>
/// Refuses, on every endpoint and before it runs, what binding lets through but the code behind cannot take: an empty
/// query value (<c>regionCode=</c>), a date outside <see cref="SupportedDates"/> in the route or the query, and a
/// <c>null</c> item in a JSON list body or in a list field of a JSON body. Each is a 400 naming the field. Dates inside JSON bodies are refused while they
/// are read (<see cref="SupportedDateConverter{T}"/>).
/// </summary>
internal static class RequestArgumentsFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var arguments = context.MethodInfo.GetParameters().Select(BoundArgument.Of).ToArray();
        if (arguments.All(a => a.IsPlain))
        {
            return next;
        }

        return async invocation =>
        {
            var failures = new List<ValidationFailure>();
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i].Check(invocation.HttpContext, invocation.Arguments[i], failures);
            }

            return failures.Count > 0 ? throw new ValidationException(failures) : await next(invocation);
        };
    }

    /// <summary>What can be wrong with one argument of an endpoint: the query keys and dates it is bound from, its list items.</summary>
    private sealed class BoundArgument
    {
        private IReadOnlyList<string> _queryNames = [];
        private IReadOnlyList<PropertyInfo> _dateProperties = [];
        private IReadOnlyList<PropertyInfo> _listProperties = [];
        private Type _type = typeof(object);
        private bool _isDate;
        private bool _itemsMustNotBeNull;

        public bool IsPlain => _queryNames.Count == 0 && _dateProperties.Count == 0 && !_isDate && !_itemsMustNotBeNull
            && _listProperties.Count == 0;

        public static BoundArgument Of(ParameterInfo parameter)
        {
            var type = parameter.ParameterType;
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
                return new BoundArgument
                {
                    _queryNames = properties.Where(p => IsQueryValue(p.PropertyType)).Select(p => Name(p, p.Name)).ToList(),
                    _dateProperties = properties.Where(p => IsDate(p.PropertyType)).ToList(),
                };
            }

            if (IsQueryValue(type))
            {
                return new BoundArgument { _queryNames = [Name(parameter, parameter.Name!)], _isDate = IsDate(type) };
            }

            return new BoundArgument
            {
                _type = type,
                _itemsMustNotBeNull = IsListOfNonNullable(parameter.ParameterType, () => new NullabilityInfoContext().Create(parameter)),
                _listProperties = typeof(IEnumerable).IsAssignableFrom(type)
                    ? []
                    : type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                        .Where(p => p.CanRead && IsListOfNonNullable(p.PropertyType, () => new NullabilityInfoContext().Create(p)))
                        .ToList(),
            };
        }

        public void Check(HttpContext http, object? argument, List<ValidationFailure> failures)
        {
            foreach (var name in _queryNames)
            {
                if (http.Request.Query.TryGetValue(name, out var values) && values.All(string.IsNullOrEmpty))
                {
                    failures.Add(new ValidationFailure(FieldName(name), $"参数 {name} 的值为空；不按此项查询时请省略该参数"));
                }
            }

            if (_isDate && SupportedDates.IsOutside(argument))
            {
                failures.Add(new ValidationFailure(FieldName(_queryNames[0]), SupportedDates.Message));
            }

            foreach (var property in _dateProperties)
            {
                if (argument is not null && SupportedDates.IsOutside(property.GetValue(argument)))
                {
                    failures.Add(new ValidationFailure(FieldName(property.Name), SupportedDates.Message));
                }
            }

            if (_itemsMustNotBeNull)
            {
                CheckItems(null, argument, failures);
            }

            // Only the JSON body's own properties are read: other arguments are services, whose getters may do anything.
            if (_listProperties.Count > 0 && argument is not null
                && http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType == _type)
            {
                foreach (var property in _listProperties)
                {
                    CheckItems(FieldName(property.Name), property.GetValue(argument), failures);
                }
            }
        }

        // A list field is named as a whole, as validators name it; a list body by the item's index.
        private static void CheckItems(string? field, object? list, List<ValidationFailure> failures)
        {
            if (list is not IEnumerable items)
            {
                return;
            }

            var index = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    failures.Add(new ValidationFailure(field ?? $"[{index}]", $"第 {index + 1} 项不能为空（null）"));
                }

                index++;
            }
        }

        private static string FieldName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

        private static string Name(ICustomAttributeProvider member, string name) =>
            member.GetCustomAttributes(true).OfType<IFromQueryMetadata>().FirstOrDefault()?.Name ?? name;

        // Strings and what binds from one string (numbers, ids, dates, enums): what a query or route value becomes.
        private static bool IsQueryValue(Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            return underlying == typeof(string) || underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(Guid)
                || underlying == typeof(decimal) || IsDate(underlying);
        }

        private static bool IsDate(Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            return underlying == typeof(DateOnly) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset);
        }

        private static bool IsListOfNonNullable(Type type, Func<NullabilityInfo> nullability)
        {
            if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
            {
                return false;
            }

            var info = nullability();
            var item = info.ElementType ?? (info.GenericTypeArguments is [var only] ? only : null);
            return item is { ReadState: NullabilityState.NotNull } && !item.Type.IsValueType;
        }
    }
}
