namespace Ladder.States;

/// <summary>
/// One occupation's state values as whole numbers in the unit BLS publishes each column to: people and dollars for
/// employment and annual pay, cents for hourly pay and the location quotient, thousandths for jobs per 1,000. A value
/// is kept that way only when dividing it back gives the very double the import read (n / 100.0 is the double nearest
/// n/100, as parsing "12.34" is), so <see cref="Row"/> returns the imported values bit for bit; a set with any value
/// that does not fit (finer than its unit, or too large) keeps doubles instead.
/// </summary>
internal sealed class StateWageCells(int states)
{
    private const int NotPublished = int.MinValue;
    private static readonly double[] Units = [1, 1, 1, 1, 1, 1, 1, 100, 100, 1000, 100];

    private int[]? _scaled = new int[states * StateWageColumns.Count];
    private double[]? _exact;

    /// <summary>The value of one state's column; NaN where BLS published none.</summary>
    public double this[int state, StateWageColumn column]
    {
        get
        {
            var at = state * StateWageColumns.Count + (int)column;
            if (_exact is not null) return _exact[at];
            var n = _scaled![at];
            return n == NotPublished ? double.NaN : n / Units[(int)column];
        }
    }

    /// <summary>Stores one state's <see cref="StateWageColumns.Count"/> values.</summary>
    public void Set(int state, double[] values)
    {
        var at = state * StateWageColumns.Count;
        for (int c = 0; c < StateWageColumns.Count; c++)
        {
            var v = values[c];
            if (_exact is not null) { _exact[at + c] = v; continue; }
            if (Scaled(v, Units[c]) is { } n) { _scaled![at + c] = n; continue; }
            var exact = new double[_scaled!.Length];
            for (int k = 0; k < exact.Length; k++) exact[k] = this[k / StateWageColumns.Count, (StateWageColumn)(k % StateWageColumns.Count)];
            exact[at + c] = v;
            (_exact, _scaled) = (exact, null);
        }
    }

    /// <summary>One state's values, as <see cref="Set"/> was given them.</summary>
    public double[] Row(int state)
    {
        var row = new double[StateWageColumns.Count];
        for (int c = 0; c < row.Length; c++) row[c] = this[state, (StateWageColumn)c];
        return row;
    }

    /// <summary>True when the values are kept as doubles (some value did not fit its unit).</summary>
    internal bool KeptExact => _exact is not null;

    private static int? Scaled(double v, double unit)
    {
        if (double.IsNaN(v)) return NotPublished;
        var n = Math.Round(v * unit);
        return n is > NotPublished and <= int.MaxValue && n / unit == v ? (int)n : null;
    }
}
