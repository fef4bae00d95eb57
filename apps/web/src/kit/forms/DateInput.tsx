import type { DatePickerProps } from 'antd';
import { DatePicker } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';
import type { KeyboardEvent } from 'react';

/**
 * Enter in a date field confirms the typed date and nothing more. The picker keeps Enter's default, and in a form
 * that default is the form's submission: it then runs before the typed date reaches the form, so a half-filled form
 * went off with the date missing (or refused as missing). Every date field of the app is one of these two.
 */
export function keepEnterInDateField(event: KeyboardEvent) {
  if (event.key === 'Enter') event.preventDefault();
}

export function DateInput({ onKeyDown, ...props }: DatePickerProps) {
  return (
    <DatePicker
      {...props}
      onKeyDown={(event, preventDefault) => {
        keepEnterInDateField(event);
        onKeyDown?.(event, preventDefault);
      }}
    />
  );
}

export function DateRangeInput({ onKeyDown, ...props }: RangePickerProps) {
  return (
    <DatePicker.RangePicker
      {...props}
      onKeyDown={(event, preventDefault) => {
        keepEnterInDateField(event);
        onKeyDown?.(event, preventDefault);
      }}
    />
  );
}
