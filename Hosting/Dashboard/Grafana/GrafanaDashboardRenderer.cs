using System.Text.RegularExpressions;

namespace Hosting.Dashboard.Grafana;

/// <summary>Resolves variables in declaration order (later ones may use earlier ones), then substitutes them
/// into every panel's queries, as Grafana would before sending them to Prometheus.</summary>
public sealed partial class GrafanaDashboardRenderer(Func<string, string?, CancellationToken, Task<IReadOnlyList<string>>> labelValues)
{
    public async Task<RenderedDashboard> RenderAsync(GrafanaDashboard dashboard, IReadOnlyDictionary<string, string[]> requested,
        QueryWindow window, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var variables = new List<RenderedVariable>();
        foreach (var variable in dashboard.Variables)
        {
            if (variable.Type is "datasource" or "adhoc") continue;
            var options = await OptionsAsync(variable, values, window, cancellationToken);
            var selected = Select(variable, requested.GetValueOrDefault(variable.Name), options);
            values[variable.Name] = GrafanaTemplate.Format(variable, selected, options);
            variables.Add(new RenderedVariable(variable.Name, variable.Label, options, selected, variable.Multi, variable.IncludeAll));
        }
        var panels = dashboard.Panels.Select(p => new RenderedPanel(p.Id, GrafanaTemplate.Substitute(p.Title, values, window), p.Type, p.Unit,
            p.Targets.Select(t => new RenderedTarget(GrafanaTemplate.Substitute(t.Expr, values, window), t.LegendFormat, t.Instant || p.Type is "stat" or "table" or "gauge" or "bargauge" or "piechart")).ToList())).ToList();
        return new RenderedDashboard(dashboard.Uid, dashboard.Title, variables, panels);
    }

    private async Task<IReadOnlyList<string>> OptionsAsync(GrafanaVariable variable, IReadOnlyDictionary<string, string> values,
        QueryWindow window, CancellationToken cancellationToken)
    {
        switch (variable.Type)
        {
            case "custom" or "interval":
                return variable.Query.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            case "constant" or "textbox":
                return [variable.Query];
            default:
                var match = LabelValues().Match(GrafanaTemplate.Substitute(variable.Query, values, window));
                if (!match.Success) return [];
                var selector = match.Groups["selector"].Success ? match.Groups["selector"].Value.Trim() : null;
                return await labelValues(match.Groups["label"].Value, selector, cancellationToken);
        }
    }

    private static IReadOnlyList<string> Select(GrafanaVariable variable, string[]? requested, IReadOnlyList<string> options)
    {
        if (requested is { Length: > 0 }) return requested;
        var current = variable.Current.Where(v => v == GrafanaTemplate.AllValue || options.Contains(v) || variable.Type is "constant" or "textbox").ToList();
        if (current.Count > 0) return current;
        if (variable.IncludeAll) return [GrafanaTemplate.AllValue];
        return options.Count > 0 ? [options[0]] : [];
    }

    // label_values(label) or label_values(selector, label)
    [GeneratedRegex(@"^\s*label_values\(\s*(?:(?<selector>.+)\s*,\s*)?(?<label>\w+)\s*\)\s*$", RegexOptions.Singleline)]
    private static partial Regex LabelValues();
}
