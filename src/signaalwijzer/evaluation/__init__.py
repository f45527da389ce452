"""Quality measurement of the engine on labelled cases (framework-free)."""
