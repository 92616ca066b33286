package knowledge

// sureOfFigure are the words (as the analyzer stems them) that say how
// sure a figure is, not what it counts: "Is the troop number a hard count
// or an estimate?" names no measure by "estimate", though the death toll's
// entry has its fatalities "estimated", so the measure guard keeps that
// entry from the number of troops sent.
var sureOfFigure = setOf("estim", "estimate", "estimated", "estimates", "hard", "exact", "exactly", "rough", "roughly", "approxim", "approximate", "precis", "precise", "firm", "guess", "guesstim")
