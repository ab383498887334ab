#pragma once

#include <algorithm>
#include <cmath>

namespace as {

// The scale of a trend's percentage axis, in whole-number steps so every tick label is exact (a 98 %
// target never sits above a tick labelled "98%" that is really 97.5 %). Rates that belong near 100 %
// run from a round number below the lowest value to 100 %; rates that belong near 0 (repeat repair,
// complaints: every value and the target at most 50 %) run from 0 to just above the highest, so a
// 4.5 % against a 3 % target is not a flat line at the bottom. Used by the dashboard and the printed report.
struct PercentScale
{
    double lo = 0;       // in %
    double hi = 100;     // in %
    double step = 20;    // in %
    int intervals = 5;
};

inline PercentScale percentScale(double lowestPercent, double highestPercent = 100.0)
{
    if (highestPercent <= 50.0) {
        const double want = std::max(highestPercent * 1.1, 1.0);
        double step = 10;
        for (double s : {1.0, 2.0, 5.0, 10.0})
            if (want / s <= 6) {
                step = s;
                break;
            }
        const int intervals = std::max(2, int(std::ceil(want / step - 1e-9)));
        return {0.0, intervals * step, step, intervals};
    }
    const double lo = std::clamp(std::floor((lowestPercent - 5.0) / 10.0) * 10.0, 0.0, 90.0);
    const double span = 100.0 - lo;
    const double step = span <= 10 ? 2 : span <= 20 ? 5 : span <= 50 ? 10 : 20;
    const int intervals = int(std::ceil(span / step - 1e-9));
    return {100.0 - intervals * step, 100.0, step, intervals};
}

} // namespace as
