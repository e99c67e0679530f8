// Replaced by the quantization lab sources.
