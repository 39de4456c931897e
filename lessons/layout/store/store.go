// Package store keeps key-value pairs, with a cache in front.
package store

import "exercises/layout-internal/store/internal/cache"

// Store is a key-value store.
type Store struct {
	data  map[string]string
	cache *cache.Cache
}

// New returns a store that uses c as its cache.
func New(c *cache.Cache) *Store {
	return &Store{data: map[string]string{}, cache: c}
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
