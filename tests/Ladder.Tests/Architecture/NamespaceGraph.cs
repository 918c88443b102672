using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Ladder.Tests.Architecture;

/// <summary>
/// Which Ladder namespace uses which, read from the compiled assemblies (Mono.Cecil): base types, interfaces,
/// attributes, member signatures and every type, method and field a method body names. A nested or compiler-made type
/// (a lambda's closure) counts as its outermost type's namespace.
/// </summary>
internal sealed class NamespaceGraph
{
    /// <summary>Per namespace, the namespaces it uses, each with one type that shows it ("Ladder.Guides.GuideComposer → Ladder.Outlook.OutlookData").</summary>
    public SortedDictionary<string, SortedDictionary<string, string>> Uses { get; } = new(StringComparer.Ordinal);

    public static NamespaceGraph Read(params string[] assemblyPaths)
    {
        var graph = new NamespaceGraph();
        foreach (var path in assemblyPaths)
        {
            using var module = ModuleDefinition.ReadModule(path);
            foreach (var type in module.GetTypes()) graph.Add(type);
        }
        return graph;
    }

    private void Add(TypeDefinition type)
    {
        var from = Owner(type);
        if (!IsLadder(from.Namespace)) return;
        if (!Uses.ContainsKey(from.Namespace)) Uses[from.Namespace] = new(StringComparer.Ordinal);
        void Use(TypeReference? used)
        {
            if (used is null) return;
            if (used is TypeSpecification spec) Use(spec.ElementType);
            if (used is GenericInstanceType generic) foreach (var argument in generic.GenericArguments) Use(argument);
            if (used is GenericParameter) return;
            var to = Owner(used);
            if (to.Namespace == from.Namespace || !IsLadder(to.Namespace)) return;
            Uses[from.Namespace].TryAdd(to.Namespace, $"{from.FullName} → {to.FullName}");
        }
        void Attributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes) Use(attribute.AttributeType);
        }
        Use(type.BaseType);
        Attributes(type);
        foreach (var i in type.Interfaces) Use(i.InterfaceType);
        foreach (var field in type.Fields) { Use(field.FieldType); Attributes(field); }
        foreach (var property in type.Properties) { Use(property.PropertyType); Attributes(property); }
        foreach (var method in type.Methods)
        {
            Attributes(method);
            Use(method.ReturnType);
            foreach (var p in method.Parameters) Use(p.ParameterType);
            if (!method.HasBody) continue;
            foreach (var v in method.Body.Variables) Use(v.VariableType);
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Use(t); break;
                    case MethodReference m:
                        Use(m.DeclaringType);
                        Use(m.ReturnType);
                        if (m is GenericInstanceMethod g) foreach (var a in g.GenericArguments) Use(a);
                        break;
                    case FieldReference f: Use(f.DeclaringType); Use(f.FieldType); break;
                }
            }
        }
    }

    /// <summary>Pairs of namespaces that use each other, each with the types that show it.</summary>
    public List<string> MutualPairs()
    {
        var pairs = new List<string>();
        foreach (var (a, uses) in Uses)
            foreach (var (b, why) in uses)
                if (string.CompareOrdinal(a, b) < 0 && Uses.TryGetValue(b, out var back) && back.TryGetValue(a, out var whyBack))
                    pairs.Add($"{a} ↔ {b}: {why}; {whyBack}");
        return pairs;
    }

    /// <summary>Groups of two or more namespaces that reach each other through any path.</summary>
    public List<List<string>> Cycles()
    {
        var reach = Uses.Keys.ToDictionary(n => n, Reachable, StringComparer.Ordinal);
        var groups = new List<List<string>>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in Uses.Keys)
        {
            if (placed.Contains(n)) continue;
            var group = reach[n].Where(m => m != n && reach.TryGetValue(m, out var back) && back.Contains(n)).Prepend(n).Order(StringComparer.Ordinal).ToList();
            placed.UnionWith(group);
            if (group.Count > 1) groups.Add(group);
        }
        return groups;
    }

    private HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var n))
            foreach (var m in Uses.GetValueOrDefault(n)?.Keys ?? Enumerable.Empty<string>())
                if (seen.Add(m)) queue.Enqueue(m);
        return seen;
    }

    private static TypeReference Owner(TypeReference type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    private static bool IsLadder(string ns) => ns == "Ladder" || ns.StartsWith("Ladder.", StringComparison.Ordinal);
}
