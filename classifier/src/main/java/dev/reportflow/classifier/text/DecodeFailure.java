package dev.reportflow.classifier.text;

/** Why bytes could not be read as a report's text. The names match the rejection reasons on the wire. */
public enum DecodeFailure {
    EMPTY, BINARY, UNKNOWN_ENCODING
}
