namespace Predictor.Model;

public enum ModelType
{
    Normal,
    Earnings,
}

public static class ModelTypes
{
    public static readonly IReadOnlyList<ModelType> All = Enum.GetValues<ModelType>();

    // The label value and the query value are the same lower-case word.
    public static string Name(this ModelType model) => model switch
    {
        ModelType.Normal => "normal",
        ModelType.Earnings => "earnings",
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    // A missing model means normal; anything that is not a known name is rejected.
    public static bool TryParse(string? value, out ModelType model)
    {
        model = ModelType.Normal;
        if (string.IsNullOrEmpty(value)) return true;
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name(), value, StringComparison.OrdinalIgnoreCase))
            {
                model = candidate;
                return true;
            }
        }
        return false;
    }
}
