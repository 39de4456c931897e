// Package store keeps key-value pairs, with a cache in front.
package store

import "exercises/layout-internal/store/internal/cache"

// Store is a key-value store.
type Store struct {
	data  map[string]string
	cache *cache.Cache
}

// New returns a store with a cache of its own.
func New() *Store {
	return &Store{data: map[string]string{}, cache: cache.New()}
}

// Put stores a value.
func (s *Store) Put(key, value string) { s.data[key] = value }

// Get returns a value, from the cache when it can.
func (s *Store) Get(key string) string {
	if v, ok := s.cache.Get(key); ok {
		return v
	}
	v := s.data[key]
	s.cache.Put(key, v)
	return v
}

// CacheHits says how many lookups the cache answered.
func (s *Store) CacheHits() int { return s.cache.Hits() }
