"""Static matplotlib figures for every stage; each module draws one plot and returns the Figure."""
