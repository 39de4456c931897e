// Package cache is store's business: internal/ keeps everyone else out.
package cache

// Cache remembers values and counts how often it could answer.
type Cache struct {
	values map[string]string
	hits   int
}

// New returns an empty cache.
func New() *Cache { return &Cache{values: map[string]string{}} }

// Get returns the cached value, if any.
func (c *Cache) Get(key string) (string, bool) {
	v, ok := c.values[key]
	if ok {
		c.hits++
	}
	return v, ok
}

// Put caches a value.
func (c *Cache) Put(key, value string) { c.values[key] = value }

// Hits says how many lookups the cache answered.
func (c *Cache) Hits() int { return c.hits }
