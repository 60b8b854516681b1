"""Building: what to build (sources x variants), rendering one document in memory, running
many on all cores, and writing the results (atomically, recorded in the cache)."""
