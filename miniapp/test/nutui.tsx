import type { ReactNode } from 'react'

/** Stand-ins for the NutUI components the app uses. */
export const Button = ({ children, onClick, disabled }: { children?: ReactNode; onClick?: () => void; disabled?: boolean }) => (
  <button type='button' onClick={onClick} disabled={disabled}>
    {children}
  </button>
)
export const Loading = () => <span role='progressbar' />
