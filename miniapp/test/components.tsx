import type { ReactNode } from 'react'

interface Props {
  className?: string
  children?: ReactNode
  onClick?: () => void
  hoverClass?: string
  role?: string
  src?: string
}

/** Stand-ins for `@tarojs/components`, rendered as plain HTML. */
export const View = ({ className, children, onClick, role }: Props) => (
  <div className={className} onClick={onClick} role={role}>
    {children}
  </div>
)
export const Text = ({ className, children }: Props) => <span className={className}>{children}</span>
export const Image = ({ className, src }: Props) => <img className={className} src={src} alt='' />

interface InputProps {
  className?: string
  value?: string
  placeholder?: string
  maxlength?: number
  onInput?: (event: { detail: { value: string } }) => void
  onBlur?: () => void
}

export const Input = ({ className, value, placeholder, maxlength, onInput, onBlur }: InputProps) => (
  <input
    className={className}
    value={value}
    placeholder={placeholder}
    maxLength={maxlength}
    onChange={(e) => onInput?.({ detail: { value: e.target.value } })}
    onBlur={onBlur}
  />
)

interface PickerProps {
  range: string[]
  onChange: (event: { detail: { value: number } }) => void
  children?: ReactNode
}

/** A native select stands in for the picker wheel. */
export const Picker = ({ range, onChange, children }: PickerProps) => (
  <label>
    {children}
    <select aria-label='picker' onChange={(e) => onChange({ detail: { value: Number(e.target.value) } })}>
      {range.map((label, index) => (
        <option key={label} value={index}>
          {label}
        </option>
      ))}
    </select>
  </label>
)

export const Button = ({ children, onClick }: Props) => (
  <button type='button' onClick={onClick}>
    {children}
  </button>
)
