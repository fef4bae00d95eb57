// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { DatePicker } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateInput, DateRangeInput } from './DateInput';

afterEach(cleanup);

/** Sends Enter to the first input of `container`; true when its default (the form's submission) still runs. */
function enterKeepsDefault(container: HTMLElement) {
  const input = container.querySelector('input');
  if (!input) throw new Error('no input rendered');
  return fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
}

describe('date fields', () => {
  it("keeps Enter's default in a bare antd DatePicker, which is what submitted forms early", () => {
    const { container } = render(<DatePicker />);
    expect(enterKeepsDefault(container)).toBe(true);
  });

  it('take Enter without letting it submit the form around them', () => {
    expect(enterKeepsDefault(render(<DateInput />).container)).toBe(false);
    cleanup();
    expect(enterKeepsDefault(render(<DateRangeInput />).container)).toBe(false);
  });

  it("leave other keys alone and still call the caller's onKeyDown", () => {
    const onKeyDown = vi.fn();
    const { container } = render(<DateInput onKeyDown={onKeyDown} />);
    const input = container.querySelector('input') as HTMLInputElement;
    expect(fireEvent.keyDown(input, { key: 'a', code: 'KeyA' })).toBe(true);
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    expect(onKeyDown.mock.calls.map(([event]) => event.key)).toEqual(['a', 'Enter']);
  });
});
