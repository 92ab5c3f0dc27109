package model

import (
	"reflect"

	"github.com/policygen/policygen/internal/config"
)

// CountsBusinessDays reports whether any time the company file sets (channels, enquiries,
// complaints, escalation) is counted in business days: the documents then say which days
// those are. It looks only at the parts that hold times, never at the revision log, so its
// cost does not grow with the file's history.
func (d *Document) CountsBusinessDays() bool {
	for _, part := range []any{d.Channels, d.Inquiries, d.Complaints, d.Escalation} {
		if hasBusinessDays(reflect.ValueOf(part)) {
			return true
		}
	}
	return false
}

func hasBusinessDays(v reflect.Value) bool {
	if !v.IsValid() {
		return false
	}
	if d, ok := v.Interface().(config.Duration); ok {
		return d.Unit == config.BusinessDays && !d.IsZero()
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		return !v.IsNil() && hasBusinessDays(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && hasBusinessDays(v.Field(i)) {
				return true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if hasBusinessDays(v.Index(i)) {
				return true
			}
		}
	}
	return false
}
