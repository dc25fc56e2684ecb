//! One page of the Guests list from Graph, or the whole view as a stream.
