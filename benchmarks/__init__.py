"""Performance suite of Ontwikkeltafel: workload generator, raw floors and the runner."""
