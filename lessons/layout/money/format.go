package money

// How an Amount prints belongs in this file.
